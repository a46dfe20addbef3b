// `npm test`: installs if needed, runs the unit and database suites on PGlite, then the database
// suites on PostgreSQL when a server is reachable (PONTIS_TEST_DATABASE_URL, default the local
// one). It says plainly when it skipped PostgreSQL; PONTIS_REQUIRE_POSTGRES=1 makes that a failure.
import net from 'node:net';
import { ensureInstalled, ensureServerBuilt, run } from './ensure-installed.mjs';

ensureInstalled();
// The CLI tests run `pontis` as a process: from the bundle, as `npm start` does (and faster).
await ensureServerBuilt();

const serverUrl = new URL(process.env.PONTIS_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');

function reachable(host, port) {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port, timeout: 2000 });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('timeout', () => (socket.destroy(), resolve(false)));
    socket.once('error', () => resolve(false));
  });
}

const vitest = ['node_modules/vitest/vitest.mjs', 'run'];
// CI collects JSON reports to check that every suite ran tests.
const report = (suite) =>
  process.env.PONTIS_TEST_REPORT_DIR ? ['--reporter=default', '--reporter=json', `--outputFile.json=${process.env.PONTIS_TEST_REPORT_DIR}/${suite}.json`] : [];
const env = (extra) => ({ env: { ...process.env, ...extra } });

process.stdout.write('\n== Unit and database suites on PGlite (embedded) ==\n');
// PONTIS_FUZZ_RUNS_PGLITE (CI: 1) lets the PostgreSQL suite alone try more fuzz inputs: the same
// operations run on both engines; tripled on PGlite too, its three fuzz files took 206 s of test
// time in a CI run on 2026-12-07 (PostgreSQL: 125 s).
const pgliteFuzz = process.env.PONTIS_FUZZ_RUNS_PGLITE ? { PONTIS_FUZZ_RUNS: process.env.PONTIS_FUZZ_RUNS_PGLITE } : {};
let status = run(process.execPath, [...vitest, ...report('pglite')], env({ PONTIS_TEST_ENGINE: 'pglite', ...pgliteFuzz }));
if (status !== 0) process.exit(status);

const host = serverUrl.hostname;
const port = Number(serverUrl.port || 5432);
if (await reachable(host, port)) {
  process.stdout.write(`\n== Database suites on PostgreSQL (${host}:${port}) ==\n`);
  status = run(process.execPath, [...vitest, '--project', 'db', ...report('postgres')], env({ PONTIS_TEST_ENGINE: 'postgres' }));
  process.exit(status);
} else if (process.env.PONTIS_REQUIRE_POSTGRES === '1') {
  process.stderr.write(`\nFAILED: the PostgreSQL suite is required but no server is reachable at ${host}:${port}.\n`);
  process.exit(1);
} else {
  process.stdout.write(`\nSKIPPED the PostgreSQL suite: no server reachable at ${host}:${port}. Set PONTIS_TEST_DATABASE_URL to run it.\n`);
}
