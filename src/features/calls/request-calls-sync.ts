import { and, asc, eq, or, sql } from 'drizzle-orm';
import type { Config } from '../../config.ts';
import type { Db } from '../../db/database.ts';
import { actorUserId, systemActor } from '../../shared/actor.ts';
import type { ServiceContext } from '../../shared/context.ts';
import { requireCallManager } from './calls-policy.ts';
import { callImports, callSyncState } from './calls.table.ts';
import { runLease, runMayBeAliveSql } from './import-run-lease.ts';
import { claimSyncNow, releaseSync, syncCalls, type CallSyncResult } from './sync-calls.ts';

/**
 * A sync of this URL that is waiting, or running in a process that still holds the claim and
 * the run's lease (a run whose process died is not returned: asking again queues a new one).
 */
async function pendingSync(ctx: Pick<ServiceContext, 'db'>, url: string): Promise<string | undefined> {
  const [row] = await ctx.db
    .select({ id: callImports.id })
    .from(callImports)
    .leftJoin(callSyncState, eq(callSyncState.url, callImports.origin))
    .where(
      and(
        eq(callImports.source, 'sync'),
        eq(callImports.origin, url),
        or(eq(callImports.outcome, 'queued'), and(runMayBeAliveSql(new Date()), sql`${callSyncState.claimedUntil} > now()`)),
      ),
    )
    .orderBy(asc(callImports.startedAt))
    .limit(1);
  return row?.id;
}

/**
 * "Sync now": queues a sync of the configured URL for the next server process that is free to run
 * it (the download and import take longer than a proxy waits for an answer). Asking again while
 * one is queued or running returns that run instead of queueing a second: the partial unique
 * index keeps two processes answering at the same moment from queueing two.
 */
export async function requestCallsSync(ctx: ServiceContext): Promise<string> {
  requireCallManager(ctx.actor);
  const url = ctx.config.callsUrl;
  const existing = await pendingSync(ctx, url);
  if (existing) return existing;
  const [queued] = await ctx.db
    .insert(callImports)
    .values({ source: 'sync', origin: url, outcome: 'queued', startedBy: actorUserId(ctx.actor) })
    .onConflictDoNothing()
    .returning({ id: callImports.id });
  return queued?.id ?? (await pendingSync(ctx, url))!;
}

/**
 * Carries out the oldest queued sync, if the URL's sync can be claimed (a daily sync or the CLI
 * may hold it; the queued run then waits for the next turn). Returns the result, or null when
 * nothing ran. Any server process may call this: the claim lets only one run a URL's sync.
 */
export async function runQueuedCallsSync(db: Db, config: Config): Promise<CallSyncResult | null> {
  const ctx = { db, actor: systemActor('calls sync'), config };
  const [queued] = await db
    .select({ id: callImports.id, origin: callImports.origin })
    .from(callImports)
    .where(and(eq(callImports.source, 'sync'), eq(callImports.outcome, 'queued')))
    .orderBy(asc(callImports.startedAt))
    .limit(1);
  if (!queued?.origin) return null;
  const url = queued.origin;
  const now = new Date();
  if (!(await claimSyncNow(ctx, url, now))) return null;
  try {
    // Another process may have run this row between the read above and the claim: take it only
    // if it still waits.
    const [taken] = await db
      .update(callImports)
      .set({ outcome: 'running', startedAt: now, ...runLease(now) })
      .where(and(eq(callImports.id, queued.id), eq(callImports.outcome, 'queued')))
      .returning({ id: callImports.id });
    if (!taken) return null;
    return await syncCalls(ctx, { url, importId: queued.id, now });
  } finally {
    await releaseSync(ctx, url);
  }
}
