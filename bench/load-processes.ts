/**
 * The server processes of the load benchmark: Pontis started as the product starts it
 * (`bin/pontis.mjs serve` with DATABASE_URL) and the bare Fastify + pg server (load-bare-server.ts).
 * Each child's output goes to a log file, not through this process, so that reading it costs the
 * load generator nothing.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export interface ServerProcess {
  label: string;
  port: number;
  url: string;
  logFile: string;
  child: ChildProcess;
}

const root = path.resolve(import.meta.dirname, '..');
const running = new Set<ServerProcess>();

function start(label: string, port: number, args: string[], env: NodeJS.ProcessEnv, logDir: string): ServerProcess {
  const logFile = path.join(logDir, `${label}.log`);
  const fd = fs.openSync(logFile, 'w');
  // The statement counter (load-statement-counter.ts) is preloaded into every server and answers
  // over the IPC channel; it adds one increment per statement.
  const child = spawn(process.execPath, ['--import', 'tsx', '--import', './bench/load-statement-counter.ts', ...args], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', fd, fd, 'ipc'],
  });
  fs.closeSync(fd);
  const server = { label, port, url: `http://127.0.0.1:${port}`, logFile, child };
  running.add(server);
  child.once('exit', () => running.delete(server));
  return server;
}

/** Waits until GET /api/health answers 200; fails with the log's tail when the child exits first. */
export async function waitForHealth(server: ServerProcess, timeoutMs = 180_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.child.exitCode !== null) break;
    const ok = await fetch(`${server.url}/api/health`)
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) return;
    await sleep(250);
  }
  const tail = fs.readFileSync(server.logFile, 'utf8').split('\n').slice(-20).join('\n');
  throw new Error(`${server.label} did not become healthy on port ${server.port} (exit code ${server.child.exitCode}). Log tail:\n${tail}`);
}

export interface PontisEnv {
  databaseUrl: string;
  dataDir: string;
  logLevel: string;
}

/**
 * A Pontis server process. The rate limit is lifted with PONTIS_RATE_LIMIT_PER_MINUTE=0 (the
 * documented "off"), the daily portal download with PONTIS_CALLS_SYNC=off; nothing else differs
 * from a production start. On an empty database the first one loads the demo, as `pontis serve` does.
 */
export function startPontis(label: string, port: number, env: PontisEnv, logDir: string): ServerProcess {
  return start(
    label,
    port,
    ['bin/pontis.mjs', 'serve', '--port', String(port), '--host', '127.0.0.1'],
    {
      DATABASE_URL: env.databaseUrl,
      PONTIS_DATA_DIR: env.dataDir,
      PONTIS_LOG_LEVEL: env.logLevel,
      PONTIS_RATE_LIMIT_PER_MINUTE: '0',
      PONTIS_CALLS_SYNC: 'off',
      PONTIS_DEMO: 'auto',
    },
    logDir,
  );
}

export function startBare(label: string, port: number, databaseUrl: string, poolSize: number, logDir: string): ServerProcess {
  return start(label, port, ['bench/load-bare-server.ts'], { DATABASE_URL: databaseUrl, PORT: String(port), POOL_SIZE: String(poolSize) }, logDir);
}

/** The statements the process's pg clients have sent since it started. */
export function statementCount(server: ServerProcess): Promise<number> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${server.label} did not report its statement count`)), 5000);
    server.child.once('message', (m: { statements: number }) => {
      clearTimeout(timer);
      resolve(m.statements);
    });
    server.child.send('statements');
  });
}

/** SIGTERM (Pontis stops its jobs, closes its pool), SIGKILL after 10 s. */
export async function stopServer(server: ServerProcess): Promise<void> {
  if (server.child.exitCode !== null || server.child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => server.child.once('exit', () => resolve()));
  server.child.kill('SIGTERM');
  const timer = setTimeout(() => server.child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

/** Every child still running (on error, Ctrl+C, or the normal end). */
export async function stopAll(): Promise<void> {
  await Promise.all([...running].map(stopServer));
}
