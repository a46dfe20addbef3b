import { and, asc, eq, inArray, isNull, lt, lte, or, sql } from 'drizzle-orm';
import type { Config } from '../../config.ts';
import type { Db } from '../../db/database.ts';
import type { DomainEventSubscriber } from './domain-event.ts';
import { domainEventOutbox } from './domain-events.table.ts';

export const MAX_EVENT_ATTEMPTS = 8;

/** Seconds to wait before attempt n + 1: 30 s, 1 min, 2 min ... at most an hour. */
export function retryDelaySeconds(attempts: number): number {
  return Math.min(30 * 2 ** Math.max(0, attempts - 1), 3600);
}

export interface HandledBatch {
  claimed: number;
  handled: number;
  retrying: number;
  failed: number;
}

/**
 * Claims due outbox rows in one statement (SKIP LOCKED, so several server processes never take
 * the same row) for five minutes, then handles each in its own transaction that also marks it
 * handled: what a subscriber writes and the mark commit together, so an event is acted on once.
 */
export async function handlePendingDomainEvents(
  db: Db,
  config: Config,
  subscribers: readonly DomainEventSubscriber[],
  options: { batchSize: number } = { batchSize: 50 },
): Promise<HandledBatch> {
  const due = db
    .select({ id: domainEventOutbox.id })
    .from(domainEventOutbox)
    .where(
      and(
        isNull(domainEventOutbox.handledAt),
        isNull(domainEventOutbox.failedAt),
        lte(domainEventOutbox.availableAt, sql`now()`),
        or(isNull(domainEventOutbox.claimedUntil), lt(domainEventOutbox.claimedUntil, sql`now()`)),
      ),
    )
    .orderBy(asc(domainEventOutbox.id))
    .limit(options.batchSize)
    .for('update', { skipLocked: true });
  const rows = await db
    .update(domainEventOutbox)
    .set({ claimedUntil: sql`now() + interval '5 minutes'`, attempts: sql`${domainEventOutbox.attempts} + 1` })
    .where(inArray(domainEventOutbox.id, due))
    .returning();
  rows.sort((a, b) => a.id - b.id); // in the order they happened
  const result: HandledBatch = { claimed: rows.length, handled: 0, retrying: 0, failed: 0 };
  const byName = new Map(subscribers.map((subscriber) => [subscriber.name, subscriber]));
  for (const row of rows) {
    try {
      const subscriber = byName.get(row.subscriber);
      if (!subscriber) throw new Error(`No subscriber is named "${row.subscriber}" any more.`);
      await db.transaction(async (tx) => {
        await subscriber.handle({ db: tx as unknown as Db, actor: row.actor, config }, [row.event]);
        await tx
          .update(domainEventOutbox)
          .set({ handledAt: sql`now()`, claimedUntil: null, lastError: null })
          .where(eq(domainEventOutbox.id, row.id));
      });
      result.handled++;
    } catch (err) {
      const gaveUp = row.attempts >= MAX_EVENT_ATTEMPTS;
      await db
        .update(domainEventOutbox)
        .set({
          claimedUntil: null,
          lastError: (err instanceof Error ? err.message : String(err)).slice(0, 1000),
          ...(gaveUp ? { failedAt: sql`now()` } : { availableAt: sql`now() + make_interval(secs => ${retryDelaySeconds(row.attempts)})` }),
        })
        .where(eq(domainEventOutbox.id, row.id));
      if (gaveUp) result.failed++;
      else result.retrying++;
    }
  }
  return result;
}

/** Deletes rows handled more than `days` ago; failed rows stay for an administrator to read. */
export async function pruneHandledDomainEvents(db: Db, days = 7): Promise<number> {
  const gone = await db
    .delete(domainEventOutbox)
    .where(lt(domainEventOutbox.handledAt, sql`now() - make_interval(days => ${days})`))
    .returning({ id: domainEventOutbox.id });
  return gone.length;
}
