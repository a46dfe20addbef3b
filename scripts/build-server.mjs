// Builds the server and CLI into one file, dist/server/pontis.mjs, so that `pontis` starts without
// compiling TypeScript on the fly (tsx): measured on 2026-12-07 the start on an existing data
// directory spent most of its time loading some 900 modules through tsx. Dependencies stay in
// node_modules (packages: 'external'). Feature files found on disk at run time by
// src/shared/feature-files.ts (routes, subscribers, contributions) are imported statically here.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { register } from 'tsx/esm/api';

import { serverBundle } from './server-bundle.mjs';

const root = path.resolve(import.meta.dirname, '..');

/**
 * `outfile` must be two folders below the root, as dist/server is: the bundle finds migrations/ and
 * dist/web from there. `entry` is the CLI; a benchmark's child process script may be bundled alike.
 */
export async function buildServer({ entry = path.join(root, 'src/cli/main.ts'), outfile = serverBundle } = {}) {
  // The feature files as feature-files.ts finds them (the same code, through tsx, once).
  const unregister = register();
  const { featureFiles, featureFileKey } = await import(pathToFileURL(path.join(root, 'src/shared/feature-files.ts')).href);
  unregister();
  const files = featureFiles(/^[^.]+[.][a-z-]+[.]ts$/).filter((file) => !/[.](test|d)[.]ts$/.test(file));
  const manifest = [
    ...files.map((file, i) => `import * as m${i} from ${JSON.stringify(file)};`),
    `export const bundledFeatureModules = {`,
    ...files.map((file, i) => `  ${JSON.stringify(featureFileKey(file))}: m${i},`),
    `};`,
  ].join('\n');
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: 'linked',
    logLevel: 'warning',
    plugins: [
      {
        name: 'bundled-feature-modules',
        setup(b) {
          b.onResolve({ filter: /bundled-feature-modules[.]ts$/ }, () => ({ path: 'bundled-feature-modules', namespace: 'pontis-manifest' }));
          b.onLoad({ filter: /.*/, namespace: 'pontis-manifest' }, () => ({ contents: manifest, loader: 'js', resolveDir: root }));
        },
      },
    ],
  });
  return { files: files.length };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { files } = await buildServer();
  process.stdout.write(`Built ${path.relative(root, serverBundle)} (${files} feature files).\n`);
}
