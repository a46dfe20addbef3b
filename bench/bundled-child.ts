import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');

/**
 * The arguments that run a benchmark's child process script: bundled as the server is since
 * decision 0026 (scripts/build-server.mjs), so that the process measured holds what `pontis` holds
 * (no tsx loader, no modules compiled at start), or from the sources through tsx when asked
 * (`--from-sources`), to compare.
 */
export async function childScriptArgs(script: string, fromSources: boolean): Promise<string[]> {
  if (fromSources) return ['--import', 'tsx', script];
  // Two folders below the root, as dist/server: the bundle finds migrations/ from there.
  const outfile = path.join(root, 'dist', 'bench', path.basename(script).replace(/[.]ts$/, '.mjs'));
  const { buildServer } = (await import(path.join(root, 'scripts/build-server.mjs'))) as {
    buildServer: (o: { entry: string; outfile: string }) => Promise<unknown>;
  };
  await buildServer({ entry: script, outfile });
  return [outfile];
}
