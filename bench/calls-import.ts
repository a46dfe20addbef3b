/**
 * Benchmark of the EU calls import (issue 5): generates a real-shaped grantsTenders.json of
 * ~11,000 records and ~130 MB into data/bench/, then imports it in a child process per engine
 * and reports wall time, records/s and peak RSS (sampled every 50 ms, and the kernel's
 * VmHWM), against baselines measured in the same run: the streaming parse alone (no writes)
 * and JSON.parse of the whole file. Goals: under 300 MB; on PGlite under 300 MB on an existing
 * data directory and under 400 MB on a new one (issue 15), for each memory profile asked for.
 *
 *   npm run bench:calls
 *   npm run bench:calls -- --engines pglite --records 2000 --target-mb 25
 *   npm run bench:calls -- --engines pglite --pglite-profiles small,stock --no-json-parse
 */
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import pg from 'pg';
import { childScriptArgs } from './bundled-child.ts';
import { generateGrantsTenders } from './generate-grants-tenders.ts';

const program = new Command()
  .option('--records <n>', 'records in the generated file', '11000')
  .option('--target-mb <n>', 'size of the generated file', '130')
  .option('--engines <list>', 'pglite,postgres', 'pglite,postgres')
  .option('--pglite-profiles <list>', 'PGlite memory settings to compare (src/db/pglite-settings.ts): small,stock', 'small')
  .option('--postgres-url <url>', 'server for the temporary bench database', 'postgres://postgres@127.0.0.1:5432/postgres')
  .option('--no-json-parse', 'skip the JSON.parse baseline (needs ~1 GB)')
  .option('--from-sources', 'run the import from the TypeScript sources through tsx, not bundled as pontis runs (decision 0026)')
  .parse();
const opts = program.opts<{
  records: string;
  targetMb: string;
  engines: string;
  pgliteProfiles: string;
  postgresUrl: string;
  jsonParse: boolean;
  fromSources?: boolean;
}>();

const root = path.resolve(import.meta.dirname, '..');
const benchDir = path.join(root, 'data', 'bench');
const records = Number(opts.records);
const targetBytes = Number(opts.targetMb) * 1048576;
const file = path.join(benchDir, `grantsTenders-${records}-${opts.targetMb}mb.json`);
const log = (line: string) => process.stderr.write(`${line}\n`);
const importChild = await childScriptArgs(path.join(root, 'bench/calls-import-child.ts'), !!opts.fromSources);

function child(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<Record<string, any>> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, [...importChild, ...args], {
      cwd: root,
      env,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    p.stdout.on('data', (d) => (out += d));
    p.on('error', reject);
    p.on('close', (code) => (code === 0 ? resolve(JSON.parse(out.trim().split('\n').at(-1)!)) : reject(new Error(`${args[0]} exited with ${code}`))));
  });
}

fs.mkdirSync(benchDir, { recursive: true });
if (!fs.existsSync(file)) {
  log(`Generating ${file} …`);
  const g = await generateGrantsTenders(file, { records, targetBytes });
  log(`  ${g.records} records, ${(g.bytes / 1048576).toFixed(1)} MB`);
}
const size = fs.statSync(file).size;
log(
  `File: ${(size / 1048576).toFixed(1)} MB, ${records} records. Load: ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')} on ${os.cpus().length} CPUs.`,
);

const rows: Record<string, any>[] = [];
rows.push({ run: 'stream-parse (baseline)', ...(await child(['stream-parse', file])) });
if (opts.jsonParse) rows.push({ run: 'JSON.parse whole file', ...(await child(['json-parse', file])) });
for (const engine of opts.engines
  .split(',')
  .map((e) => e.trim())
  .filter(Boolean)) {
  if (engine === 'pglite') {
    for (const profile of opts.pgliteProfiles.split(',').map((p) => p.trim())) {
      const env = { ...process.env, PONTIS_PGLITE_PROFILE: profile };
      // A new data directory: the import's process also runs initdb and the migrations.
      const fresh = fs.mkdtempSync(path.join(os.tmpdir(), 'pontis-calls-bench-'));
      try {
        rows.push({ run: `import on PGlite (${profile}), new dir`, ...(await child(['import', file, fresh], env)) });
      } finally {
        fs.rmSync(fresh, { recursive: true, force: true });
      }
      // An existing data directory, created and migrated by another process beforehand.
      const existing = fs.mkdtempSync(path.join(os.tmpdir(), 'pontis-calls-bench-'));
      try {
        const prepared = await child(['prepare', file, existing], env);
        log(`prepared ${existing} (${profile}): initdb + migrations ${(prepared.ms / 1000).toFixed(1)} s, VmHWM ${prepared.vmHwmMb} MB (not counted below)`);
        rows.push({ run: `import on PGlite (${profile}), existing dir`, ...(await child(['import', file, existing], env)) });
      } finally {
        fs.rmSync(existing, { recursive: true, force: true });
      }
    }
  } else if (engine === 'postgres') {
    const name = `pontis_calls_bench_${crypto.randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: opts.postgresUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(opts.postgresUrl);
    url.pathname = `/${name}`;
    try {
      rows.push({ run: 'import on PostgreSQL', ...(await child(['import', file, url.toString()])) });
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${name}`);
      await admin.end();
    }
  } else throw new Error(`unknown engine ${engine}`);
}

const baseline = rows[0];
const goalMb = (run: string) => (run.endsWith('new dir') ? 400 : 300);
const table = rows.map((r) => ({
  run: r.run,
  seconds: (r.ms / 1000).toFixed(1),
  'records/s': Math.round((r.records / r.ms) * 1000),
  'peak RSS MB': r.peakRssMb,
  'VmHWM MB': r.vmHwmMb,
  'RSS with DB open MB': r.baselineRssMb ?? '',
  'RSS vs stream-parse': (r.vmHwmMb / baseline.vmHwmMb).toFixed(2),
  'time vs stream-parse': (r.ms / baseline.ms).toFixed(1),
  'second import s': r.secondMs ? (r.secondMs / 1000).toFixed(1) : '',
  // Goals (issue 15): 300 MB on an existing data directory, 400 MB on a new one (initdb included).
  goal: r.run.startsWith('import') ? `${r.vmHwmMb < goalMb(r.run) ? 'yes' : 'NO'} (< ${goalMb(r.run)})` : '',
}));
console.table(table);
for (const r of rows.filter((x) => x.first)) {
  log(`${r.run}: ${JSON.stringify({ added: r.first.added, skipped: r.first.skipped, second: r.second, heldAfterFirstImportMb: r.heldMb })}`);
}
log(
  `Load after: ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
