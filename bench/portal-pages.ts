/**
 * What the public portal's server rendering costs (issue 16): the partnership page and the
 * directory as HTML, against the API's JSON of the same records in the same run (the baseline:
 * the same use cases, no rendering). Requests go over HTTP to one server on the embedded database
 * with the demo, alternating page and baseline so that the machine's drift hits both alike.
 *
 *   npm run bench:portal                  # 300 requests of each, React in its production build as `pontis serve` runs it
 *   npm run bench:portal -- --requests 1000
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { Command } from 'commander';
import { loadConfig } from '../src/config.ts';
import { startServer } from '../src/server/start-server.ts';
import { loadAverageLine, percentile, time } from './timing.ts';

const opts = new Command().option('--requests <n>', 'requests of each kind', '300').parse().opts<{ requests: string }>();
const N = Number(opts.requests);

const PAIRS = [
  { label: 'partnership page', page: '/p/de/partnerships/dortmund-cluj-napoca', baseline: '/api/partnerships/dortmund-cluj-napoca' },
  { label: 'directory', page: '/p/de/partnerships', baseline: '/api/partnerships' },
];

async function main() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pontis-bench-portal-'));
  const config = loadConfig(
    { PONTIS_DATA_DIR: dataDir, PONTIS_LOG_LEVEL: 'silent', PONTIS_RATE_LIMIT_PER_MINUTE: '0', PONTIS_CALLS_SYNC: 'off' } as NodeJS.ProcessEnv,
    {
      port: 0,
      host: '127.0.0.1',
    },
  );
  const server = await startServer(config, { demo: true, logger: false });
  try {
    console.log(`Pontis on PGlite with the demo (${dataDir}); ${N} requests of each, one at a time, page and baseline alternating`);
    console.log('| route | page p50 / p95 ms | API JSON p50 / p95 ms | ratio at p50 | page bytes (gzip) |');
    console.log('| --- | --- | --- | --- | --- |');
    for (const pair of PAIRS) {
      const get = async (p: string) => {
        const res = await fetch(server.url + p);
        if (res.status !== 200) throw new Error(`${p}: ${res.status}`);
        return res.text();
      };
      const html = await get(pair.page); // also warms the route up (the map's shapes are read on first use)
      await get(pair.baseline);
      const page: number[] = [];
      const baseline: number[] = [];
      for (let i = 0; i < N; i++) {
        page.push(await time(() => get(pair.page)));
        baseline.push(await time(() => get(pair.baseline)));
      }
      const bytes = Buffer.byteLength(html);
      const gzip = zlib.gzipSync(html).length;
      const f = (v: number) => v.toFixed(1);
      console.log(
        `| ${pair.label} | ${f(percentile(page, 50))} / ${f(percentile(page, 95))} | ${f(percentile(baseline, 50))} / ${f(percentile(baseline, 95))} | ${(percentile(page, 50) / percentile(baseline, 50)).toFixed(2)} | ${(bytes / 1024).toFixed(1)} kB (${(gzip / 1024).toFixed(1)} kB) |`,
      );
    }
    console.log(loadAverageLine());
  } finally {
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
