/**
 * Footprint of the server on the embedded engine (issue 15), for PGlite's stock memory settings
 * and Pontis's own (src/db/pglite-settings.ts), in the same run:
 *   - start time from process start to the server listening, on a new data directory (initdb,
 *     migrations, demo) and on an existing one;
 *   - idle RSS a few seconds after start, and RSS after a browsing session (the main public
 *     pages, `--passes` times), with what the process holds (V8 heap, WebAssembly memory);
 *   - the browsing session's request times, p50/p95, and the ratio tuned/stock, the server
 *     processes alternating between the two profiles so that a busy machine hurts both alike.
 *
 *   npm run bench:pglite
 *   npm run bench:pglite -- --passes 50 --alternations 1
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Command } from 'commander';
import { pgliteProfiles, type PgliteProfile } from '../src/db/pglite-settings.ts';
import { childScriptArgs } from './bundled-child.ts';

const program = new Command()
  .option('--passes <n>', 'times the browsing session requests each page', '200')
  .option('--alternations <n>', 'server processes per profile on the existing directory', '2')
  .option('--port <n>', 'port for the server processes', '3917')
  .option('--idle-seconds <n>', 'wait after start before the idle RSS is read', '3')
  .option('--from-sources', 'run the server from the TypeScript sources through tsx, not bundled as pontis runs (decision 0026)')
  .parse();
const opts = program.opts<{ passes: string; alternations: string; port: string; idleSeconds: string; fromSources?: boolean }>();
const root = path.resolve(import.meta.dirname, '..');
const base = `http://127.0.0.1:${opts.port}`;
const serverChild = await childScriptArgs(path.join(root, 'bench/pglite-server-child.ts'), !!opts.fromSources);
const log = (line: string) => process.stderr.write(`${line}\n`);
const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

// The public pages a visitor browses (routes in src/features/*/*.routes.ts; the demo's data).
const pages = [
  '/api/partnerships',
  '/api/partnerships/dortmund-cluj-napoca',
  '/api/partnerships/dortmund-cluj-napoca/network',
  '/api/organisations',
  '/api/organisations?q=energy',
  '/api/search?q=climate',
  '/api/search?q=Dortmund',
  '/api/calls',
  '/api/cities',
  '/api/themes',
];

interface Server {
  process: ChildProcess;
  startMs: number;
}

interface Snapshot {
  rssMb: number;
  hwmMb: number;
  anonMb: number;
  heapUsedMb: number;
  externalMb: number;
  wasmMb: number[];
}

const mb = (bytes: number) => Math.round(bytes / 1048576);

async function start(dataDir: string, profile: PgliteProfile): Promise<Server> {
  const t0 = performance.now();
  const child = spawn(process.execPath, serverChild, {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    env: {
      ...process.env,
      PONTIS_DATA_DIR: dataDir,
      PORT: opts.port,
      PONTIS_PGLITE_PROFILE: profile,
      // The session is one client asking fast; the per-client limit would answer 429.
      PONTIS_RATE_LIMIT_PER_MINUTE: '0',
      PONTIS_CALLS_SYNC: 'off',
      PONTIS_LOG_LEVEL: 'warn',
    },
  });
  await new Promise<void>((resolve, reject) => {
    child.once('message', () => resolve());
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  // Listening is announced after app.listen; /api/health answering is what a user sees.
  const health = await fetch(`${base}/api/health`);
  if (!health.ok) throw new Error(`health answered ${health.status}`);
  await health.text();
  return { process: child, startMs: performance.now() - t0 };
}

function ask<T>(child: ChildProcess, message: string): Promise<T> {
  return new Promise((resolve) => {
    child.once('message', (answer) => resolve(answer as T));
    child.send(message);
  });
}

async function snapshot(server: Server): Promise<Snapshot> {
  const status = fs.readFileSync(`/proc/${server.process.pid}/status`, 'utf8');
  const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0);
  const m = await ask<NodeJS.MemoryUsage & { wasmMemories: number[] }>(server.process, 'memory');
  return {
    rssMb: Math.round(kb('VmRSS') / 1024),
    hwmMb: Math.round(kb('VmHWM') / 1024),
    anonMb: Math.round(kb('RssAnon') / 1024),
    heapUsedMb: mb(m.heapUsed),
    externalMb: mb(m.external),
    wasmMb: m.wasmMemories.filter(Boolean).map(mb),
  };
}

async function stop(server: Server) {
  const exited = new Promise((resolve) => server.process.once('exit', resolve));
  server.process.send('stop');
  await exited;
}

async function browse(passes: number): Promise<number[]> {
  const times: number[] = [];
  for (let pass = 0; pass < passes; pass++) {
    for (const page of pages) {
      const t0 = performance.now();
      const response = await fetch(base + page);
      await response.arrayBuffer();
      if (!response.ok) throw new Error(`${page} answered ${response.status}`);
      times.push(performance.now() - t0);
    }
  }
  return times;
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};
const median = (values: number[]) => percentile(values, 50);

const profiles: PgliteProfile[] = ['stock', 'small'];
const dirs = Object.fromEntries(profiles.map((p) => [p, fs.mkdtempSync(path.join(os.tmpdir(), `pontis-footprint-${p}-`))])) as Record<PgliteProfile, string>;
const results = Object.fromEntries(
  profiles.map((p) => [
    p,
    {
      newStartMs: 0,
      newHwmMb: 0,
      newIdle: undefined as Snapshot | undefined,
      starts: [] as number[],
      idle: [] as Snapshot[],
      after: [] as Snapshot[],
      times: [] as number[],
    },
  ]),
) as Record<
  PgliteProfile,
  { newStartMs: number; newHwmMb: number; newIdle?: Snapshot; starts: number[]; idle: Snapshot[]; after: Snapshot[]; times: number[] }
>;

log(`${os.cpus().length} CPUs, load ${load()} (other work may run on this machine: timings are indicative).`);
try {
  for (const profile of profiles) {
    log(`${profile}: new data directory (initdb, migrations, demo) …`);
    const server = await start(dirs[profile], profile);
    results[profile].newStartMs = server.startMs;
    await sleep(Number(opts.idleSeconds) * 1000);
    results[profile].newIdle = await snapshot(server);
    await stop(server);
  }
  for (let round = 0; round < Number(opts.alternations); round++) {
    for (const profile of round % 2 ? [...profiles].reverse() : profiles) {
      log(`${profile}: existing data directory, round ${round + 1} …`);
      const server = await start(dirs[profile], profile);
      results[profile].starts.push(server.startMs);
      await sleep(Number(opts.idleSeconds) * 1000);
      results[profile].idle.push(await snapshot(server));
      results[profile].times.push(...(await browse(Number(opts.passes))));
      results[profile].after.push(await snapshot(server));
      await stop(server);
    }
  }
} finally {
  for (const dir of Object.values(dirs)) fs.rmSync(dir, { recursive: true, force: true });
}

const last = <T>(values: T[]) => values[values.length - 1];
const row = (profile: PgliteProfile) => {
  const r = results[profile];
  const idle = last(r.idle);
  const after = last(r.after);
  return {
    profile,
    'start new dir s': (r.newStartMs / 1000).toFixed(1),
    'RSS new dir idle MB': r.newIdle?.rssMb,
    'WASM new dir MB': r.newIdle?.wasmMb.join('+'),
    'start existing s (median)': (median(r.starts) / 1000).toFixed(2),
    'idle RSS MB': idle.rssMb,
    'RSS after browsing MB': after.rssMb,
    'VmHWM MB': after.hwmMb,
    'V8 heap MB': after.heapUsedMb,
    'external MB': after.externalMb,
    'WASM memory MB': after.wasmMb.join('+'),
    'p50 ms': median(r.times).toFixed(1),
    'p95 ms': percentile(r.times, 95).toFixed(1),
  };
};
console.table(profiles.map(row));
const ratio = (p: number) => (percentile(results.small.times, p) / percentile(results.stock.times, p)).toFixed(2);
console.log(
  `Requests per profile: ${results.small.times.length} (${pages.length} pages × ${opts.passes} passes × ${opts.alternations}). small/stock: p50 ${ratio(50)}, p95 ${ratio(95)}.`,
);
console.log(`Settings of "small": ${JSON.stringify(pgliteProfiles.small.settings)}`);
log(`Load after: ${load()}`);
