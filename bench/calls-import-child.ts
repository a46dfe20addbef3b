/**
 * One measured run of bench/calls-import.ts, in its own process so that its peak memory is
 * its own: `import` (the real import, twice: the second must change nothing), `stream-parse`
 * (the same streaming parser without writing: the floor for any streamed import) or
 * `json-parse` (JSON.parse of the whole file: what the streaming saves), or `prepare` (create and
 * migrate a PGlite data directory, for the existing-directory run). Prints one JSON line. The
 * PGlite memory settings come from PONTIS_PGLITE_PROFILE (src/db/pglite-settings.ts).
 */
import fs from 'node:fs';
import { loadConfig } from '../src/config.ts';
import { importCallsFromFile } from '../src/features/calls/import-calls.ts';
import { streamCallRecords } from '../src/features/calls/import-calls.ts';
import { withDatabase } from '../src/cli/with-database.ts';

const [mode, file, target] = process.argv.slice(2);
let peakRss = process.memoryUsage().rss;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
const vmHwm = () => Number(/VmHWM:\s+(\d+) kB/.exec(fs.readFileSync('/proc/self/status', 'utf8'))?.[1] ?? 0) * 1024;
const mb = (b: number) => Math.round((b / 1048576) * 10) / 10;

async function run(): Promise<Record<string, unknown>> {
  if (mode === 'json-parse') {
    const t0 = performance.now();
    const doc = JSON.parse(fs.readFileSync(file, 'utf8'));
    return { ms: performance.now() - t0, records: doc.fundingData.GrantTenderObj.length };
  }
  if (mode === 'stream-parse') {
    const t0 = performance.now();
    let records = 0;
    for await (const _ of streamCallRecords(fs.createReadStream(file, { highWaterMark: 256 * 1024 }))) records++;
    return { ms: performance.now() - t0, records };
  }
  if (mode === 'prepare') {
    // A data directory created and migrated beforehand, in a process of its own, so that the
    // "existing directory" import does not count initdb or the first migrations.
    const t0 = performance.now();
    await withDatabase(
      loadConfig({ PONTIS_DATA_DIR: target, PONTIS_LOG_LEVEL: 'warn' } as NodeJS.ProcessEnv),
      'calls import benchmark (prepare)',
      async () => {},
    );
    return { ms: performance.now() - t0, records: 0 };
  }
  const env = target.startsWith('postgres') ? { DATABASE_URL: target, PONTIS_LOG_LEVEL: 'warn' } : { PONTIS_DATA_DIR: target, PONTIS_LOG_LEVEL: 'warn' };
  return withDatabase(loadConfig(env as NodeJS.ProcessEnv), 'calls import benchmark', async (ctx) => {
    const baselineRss = process.memoryUsage().rss;
    const t0 = performance.now();
    const first = await importCallsFromFile(ctx, file);
    const ms = performance.now() - t0;
    // What the process holds after the import: V8's heap, and `external`, which counts
    // PGlite's WebAssembly memory (it never shrinks, so this is also its high-water mark).
    const m = process.memoryUsage();
    const heldMb = { rss: mb(m.rss), heapUsed: mb(m.heapUsed), external: mb(m.external), arrayBuffers: mb(m.arrayBuffers) };
    const t1 = performance.now();
    const second = await importCallsFromFile(ctx, file);
    return {
      ms,
      secondMs: performance.now() - t1,
      records: first.records,
      baselineRssMb: mb(baselineRss),
      heldMb,
      first,
      second: { added: second.added, changed: second.changed, unchanged: second.unchanged },
    };
  });
}

const result = await run();
clearInterval(sampler);
peakRss = Math.max(peakRss, process.memoryUsage().rss);
process.stdout.write(`${JSON.stringify({ mode, ...result, peakRssMb: mb(peakRss), vmHwmMb: mb(vmHwm()) })}\n`);
