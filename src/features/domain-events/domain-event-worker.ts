import type { Config } from '../../config.ts';
import type { Db } from '../../db/database.ts';
import { startPeriodicJob } from '../../shared/periodic-job.ts';
import { domainEventSubscribers } from './event-subscribers.ts';
import { handlePendingDomainEvents, MAX_EVENT_ATTEMPTS, pruneHandledDomainEvents } from './handle-pending-events.ts';

const INTERVAL_MS = 2_000;
const BATCH = 50;
const PRUNE_EVERY_MS = 60 * 60 * 1000;

/**
 * Hands the after-commit subscribers their events every two seconds in every server process;
 * the claim in the database keeps them from handling one event twice. Once an hour it deletes
 * rows handled a week ago (idempotent, so processes doing it at once do no harm). Returns the
 * stop function, which waits for a batch in progress.
 */
export function startDomainEventWorker(db: Db, config: Config, logger: { error(obj: object, msg: string): void }) {
  let prunedAt = 0;
  return startPeriodicJob('domain event outbox', INTERVAL_MS, logger, async (stopping) => {
    if (Date.now() - prunedAt > PRUNE_EVERY_MS) {
      prunedAt = Date.now();
      await pruneHandledDomainEvents(db);
    }
    const subscribers = await domainEventSubscribers();
    if (!subscribers.some((subscriber) => subscriber.runs === 'after-commit')) return;
    for (;;) {
      const batch = await handlePendingDomainEvents(db, config, subscribers, { batchSize: BATCH });
      if (batch.failed) logger.error({ failed: batch.failed }, `domain events given up after ${MAX_EVENT_ATTEMPTS} attempts`);
      if (batch.claimed < BATCH || stopping()) break;
    }
  });
}
