import os from 'node:os';
import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { isProcessAlive } from '../../shared/process-alive.ts';
import { callImports, type CallImportOutcome } from './calls.table.ts';

/**
 * A run in call_imports is `running` only while a process carries it out, and a process killed
 * with -9 (or a crash, or a failure while writing the outcome) cannot say it stopped. So each
 * running run names its process (`runner`, pid@host) and holds a lease (`alive_until`) that the
 * process renews while it works. A running run whose lease has expired, or whose process no
 * longer exists on this host, reads as `interrupted`.
 *
 * The lease is long against the renewal interval: on the embedded engine the renewal waits
 * while the import's transaction holds the only connection (readers wait just the same, and the
 * run is marked done in that transaction), and a busy event loop may delay a timer.
 */
export const RUN_LEASE_MS = 2 * 60_000;
const RENEW_EVERY_MS = 20_000;

type Run = { outcome: CallImportOutcome; runner: string | null; aliveUntil: Date | null };

export const thisRunner = () => `${process.pid}@${os.hostname()}`;

/** The columns that make a run running in this process, leased from `now`. */
export const runLease = (now = new Date()) => ({ runner: thisRunner(), aliveUntil: new Date(now.getTime() + RUN_LEASE_MS) });

/** The runner's process is known to be gone: it ran on this host and its pid no longer exists. */
export function runnerGone(runner: string | null): boolean {
  const match = runner?.match(/^(\d+)@(.+)$/);
  return !!match && match[2] === os.hostname() && !isProcessAlive(Number(match[1]));
}

/** The outcome a reader should see at `now`. A running run without a lease predates migration 0019. */
export function runOutcomeAt(run: Run, now: Date, gone: (runner: string | null) => boolean = runnerGone): CallImportOutcome {
  if (run.outcome !== 'running') return run.outcome;
  return !run.aliveUntil || run.aliveUntil <= now || gone(run.runner) ? 'interrupted' : 'running';
}

/**
 * The lease part of {@link runOutcomeAt} in SQL: true for a run that may still be running at
 * `now`. It cannot see whether a pid exists, so it is the cautious half of the rule (a run it
 * calls alive may be known gone in TypeScript, never the other way round); import-run-lease.db.test.ts
 * checks the two agree.
 */
export const runMayBeAliveSql = (now: Date): SQL =>
  sql`(${callImports.outcome} = 'running' AND ${callImports.aliveUntil} IS NOT NULL AND ${callImports.aliveUntil} > ${now.toISOString()}::timestamptz)`;

/**
 * Renews the run's lease until `stop` is called. The timer does not keep the process alive,
 * and a renewal only touches a run still running, so one arriving late changes nothing.
 */
export function keepRunAlive(db: Db, importId: string): () => void {
  const timer = setInterval(() => {
    db.update(callImports)
      .set(runLease())
      .where(and(eq(callImports.id, importId), eq(callImports.outcome, 'running')))
      .catch(() => undefined); // a missed renewal only shortens the lease; the next one may succeed
  }, RENEW_EVERY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
