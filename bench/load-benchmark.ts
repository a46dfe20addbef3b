/**
 * Load benchmark for the public read pages (issue 15): two Pontis server processes on PostgreSQL
 * and, in the same run, a bare Fastify + pg server (load-bare-server.ts, one statement per route
 * building the same JSON), both driven by autocannon at 50 and 200 connections.
 *
 *   npm run bench:load                 # 10 s per run (5 routes × 2 connection counts × 2 servers)
 *   npm run bench:load -- --quick      # 3 s per run
 *   npm run bench:load -- --duration 30 --keep
 *
 * The database pontis_bench_load on DATABASE_URL's server (default postgres://postgres@127.0.0.1:5432)
 * is created, migrated and given the demo by the first Pontis process, exactly as `pontis serve`
 * does on an empty database; it is dropped at the end unless --keep (then reused next time).
 * Two processes per server: one autocannon instance per process with half the connections, run at
 * the same time and summed (see drive() in load-drive.ts for how latencies are merged).
 * The servers' logs are in the system's temp folder (printed at the start), removed after a run
 * that went through.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import pg from 'pg';
import { differences, drive, getJson, statementsPerRequest, type LoadResult } from './load-drive.ts';
import { startBare, startPontis, statementCount, stopAll, waitForHealth, type ServerProcess } from './load-processes.ts';
import { loadAverageLine } from './timing.ts';

const program = new Command()
  .option('--duration <seconds>', 'seconds per run', '10')
  .option('--quick', '3 s per run')
  .option('--connections <list>', 'connection counts', '50,200')
  .option('--postgres-url <url>', 'server for the bench database (default: DATABASE_URL, else postgres://postgres@127.0.0.1:5432)')
  .option('--log-level <level>', "Pontis's PONTIS_LOG_LEVEL (info is the production default)", 'info')
  .option('--bare-processes <n>', 'bare server processes (2: the same as Pontis)', '2')
  .option('--port <n>', 'first port; the servers take the next three too', '3950')
  .option('--keep', 'keep the bench database (and reuse it next time)')
  .parse();
const opts = program.opts<{
  duration: string;
  quick?: boolean;
  connections: string;
  postgresUrl?: string;
  logLevel: string;
  bareProcesses: string;
  port: string;
  keep?: boolean;
}>();
const SECONDS = opts.quick ? 3 : Number(opts.duration);
const CONNECTIONS = opts.connections.split(',').map(Number);
const BASE_PORT = Number(opts.port);
const DB_NAME = 'pontis_bench_load';
/** Pontis's pool per process (openDatabase's default for PostgreSQL, src/db/database.ts). */
const POOL_SIZE = 10;
const GOAL = { ratio: 0.5, p99Ms: 500, at: 200 };

const ROUTES: { label: string; path: string }[] = [
  { label: 'partnership page', path: '/api/partnerships/dortmund-cluj-napoca' },
  { label: 'organisation page', path: '/api/organisations/tu-dortmund' },
  { label: 'search "smart"', path: '/api/search?q=smart' },
  { label: 'calls list', path: '/api/calls?page=1&pageSize=20' },
  { label: 'public start page', path: '/api/partnerships' },
];

const log = (...args: unknown[]) => console.log(...args);

function serverUrl(database: string): string {
  const url = new URL(opts.postgresUrl ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
  url.pathname = `/${database}`;
  return url.toString();
}

interface RouteReport {
  label: string;
  match: string;
  statements: { pontis: number; bare: number };
  runs: { connections: number; pontis: LoadResult; bare: LoadResult }[];
}

async function compare(route: string, pontis: ServerProcess, bare: ServerProcess): Promise<string> {
  const [a, b] = await Promise.all([getJson(pontis.url + route), getJson(bare.url + route)]);
  if (a.status !== 200 || b.status !== 200) return `status Pontis ${a.status}, bare ${b.status}`;
  const diff = differences(a.body, b.body, 4);
  if (!diff.length) return 'identical JSON';
  const ids = (v: unknown) => ((v as { items?: { id: string }[] }).items ?? []).map((i) => i.id).sort();
  const sameHits = JSON.stringify(ids(a.body)) === JSON.stringify(ids(b.body));
  const keys = (v: unknown) => Object.keys(v && typeof v === 'object' ? v : {});
  const onlyPontis = keys(a.body).filter((k) => !keys(b.body).includes(k));
  const only = onlyPontis.length ? ` (top-level fields only Pontis has: ${onlyPontis.join(', ')})` : '';
  return `differs${sameHits ? ' (same items, other order or fields)' : ''}${only}: ${diff.join('; ')}`;
}

async function main() {
  const admin = new pg.Client({ connectionString: serverUrl('postgres') });
  await admin.connect();
  const logDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pontis-bench-load-'));
  try {
    const exists = (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [DB_NAME])).rowCount;
    if (exists && !opts.keep) await admin.query(`DROP DATABASE ${DB_NAME}`);
    if (!exists || !opts.keep) await admin.query(`CREATE DATABASE ${DB_NAME}`);
    const databaseUrl = serverUrl(DB_NAME);
    log(`Database ${DB_NAME} ${exists && opts.keep ? 'reused' : 'created'} on ${new URL(databaseUrl).host}; server logs in ${logDir}`);
    log(
      `Rate limit lifted for the benchmark: PONTIS_RATE_LIMIT_PER_MINUTE=0 (production default 600); PONTIS_LOG_LEVEL=${opts.logLevel}; PONTIS_CALLS_SYNC=off`,
    );

    const env = { databaseUrl, dataDir: path.join(logDir, 'data'), logLevel: opts.logLevel };
    // The first process migrates and loads the demo alone; the second starts on the loaded database.
    const pontisA = startPontis('pontis-1', BASE_PORT, env, logDir);
    await waitForHealth(pontisA);
    const pontisB = startPontis('pontis-2', BASE_PORT + 1, env, logDir);
    const bares = Array.from({ length: Number(opts.bareProcesses) }, (_, i) => startBare(`bare-${i + 1}`, BASE_PORT + 2 + i, databaseUrl, POOL_SIZE, logDir));
    await Promise.all([pontisB, ...bares].map((s) => waitForHealth(s)));
    const pontis = [pontisA, pontisB];
    log(`Pontis: ${pontis.length} processes (pool ${POOL_SIZE} each); bare Fastify + pg: ${bares.length} (pool ${POOL_SIZE} each); ${SECONDS} s per run`);

    const reports: RouteReport[] = [];
    for (const route of ROUTES) {
      const match = await compare(route.path, pontisA, bares[0]);
      // Also warms both servers up on this route before the timed runs.
      const statements = {
        pontis: await statementsPerRequest(() => statementCount(pontisA), pontisA.url + route.path),
        bare: await statementsPerRequest(() => statementCount(bares[0]), bares[0].url + route.path),
      };
      const report: RouteReport = { label: route.label, match, statements, runs: [] };
      for (const connections of CONNECTIONS) {
        const p = await drive(
          pontis.map((s) => s.url + route.path),
          connections,
          SECONDS,
        );
        const b = await drive(
          bares.map((s) => s.url + route.path),
          connections,
          SECONDS,
        );
        report.runs.push({ connections, pontis: p, bare: b });
        log(`  ${route.label} at ${connections}: Pontis ${p.reqPerSec.toFixed(0)} req/s, bare ${b.reqPerSec.toFixed(0)} req/s`);
      }
      reports.push(report);
    }
    print(reports);
    await stopAll();
    fs.rmSync(logDir, { recursive: true, force: true });
  } finally {
    await stopAll();
    if (!opts.keep) await admin.query(`DROP DATABASE IF EXISTS ${DB_NAME}`).catch(() => {});
    await admin.end();
  }
}

function print(reports: RouteReport[]) {
  const n = (v: number) => (Number.isFinite(v) ? v.toFixed(0) : '-');
  log(`\nLoad benchmark: ${SECONDS} s per run, signed out, Node ${process.version}, ${os.cpus().length} cores (load generator on the same machine)`);
  log(`${loadAverageLine()}\n`);
  log('| route | connections | Pontis req/s | Pontis p50 / p99 ms | errors / non-2xx | bare req/s | bare p99 ms | ratio Pontis/bare |');
  log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of reports)
    for (const run of r.runs)
      log(
        `| ${r.label} | ${run.connections} | ${n(run.pontis.reqPerSec)} | ${n(run.pontis.p50)} / ${n(run.pontis.p99)} | ${run.pontis.errors} | ${n(run.bare.reqPerSec)} | ${n(run.bare.p99)} | ${(run.pontis.reqPerSec / run.bare.reqPerSec).toFixed(2)} |`,
      );
  log(`\nGoals: ratio ≥ ${GOAL.ratio}, p99 < ${GOAL.p99Ms} ms at ${GOAL.at} connections, 0 errors`);
  log('| route | connections | ratio | p99 | errors |');
  log('| --- | ---: | --- | --- | --- |');
  const met = (ok: boolean) => (ok ? 'met' : 'MISSED');
  for (const r of reports)
    for (const run of r.runs)
      log(
        `| ${r.label} | ${run.connections} | ${met(run.pontis.reqPerSec >= GOAL.ratio * run.bare.reqPerSec)} | ${run.connections === GOAL.at ? met(run.pontis.p99 < GOAL.p99Ms) : '-'} | ${met(run.pontis.errors === 0)} |`,
      );
  log('\nStatements per request (counted in one server process over 100 sequential requests, less its idle rate) and the JSON check:');
  for (const r of reports) log(`  ${r.label}: Pontis ${r.statements.pontis.toFixed(1)}, bare ${r.statements.bare.toFixed(1)}; bare vs Pontis: ${r.match}`);
}

let interrupted = false;
process.once('SIGINT', () => {
  interrupted = true;
  void stopAll().then(() => process.exit(130));
});
await main().catch(async (err) => {
  if (!interrupted) console.error(err);
  process.exitCode = 1;
});
