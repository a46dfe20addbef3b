import fs from 'node:fs/promises';
import path from 'node:path';
import type { Plugin } from 'vite';

/**
 * Vite plugin: writes the build's source maps to `dir` instead of the served output folder, so
 * the public never gets the app's sources while whoever runs Pontis can still read a production
 * stack trace. Use with `build.sourcemap: 'hidden'`: the scripts then name no map either.
 *
 * A map keeps its path below the output folder (assets/x.js.map); with `dir` a sibling of that
 * folder (dist/sourcemaps beside dist/web) its relative `sources` (../../../src/...) still resolve.
 */
export function privateSourceMaps(dir: string): Plugin {
  return {
    name: 'pontis:private-source-maps',
    apply: 'build',
    async generateBundle(_output, bundle) {
      // Emptied like the output folder, so maps of earlier builds do not pile up.
      await fs.rm(dir, { recursive: true, force: true });
      for (const [fileName, item] of Object.entries(bundle)) {
        if (item.type !== 'asset' || !fileName.endsWith('.map')) continue;
        const target = path.join(dir, fileName);
        await fs.mkdir(path.dirname(target), { recursive: true });
        await fs.writeFile(target, item.source);
        // Taken out of the bundle: Rollup does not write it to the output folder.
        delete bundle[fileName];
      }
    },
  };
}
