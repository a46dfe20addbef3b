import type { Config } from '../../config.ts';
import type { Db } from '../../db/database.ts';
import { startPeriodicJob } from '../../shared/periodic-job.ts';
import { domainEventSubscribers } from './event-subscribers.ts';
import { handlePendingDomainEvents, MAX_EVENT_ATTEMPTS } from './handle-pending-events.ts';

const INTERVAL_MS = 2_000;
const BATCH = 50;

/**
 * Hands the after-commit subscribers their events every two seconds in every server process;
 * the claim in the database keeps them from handling one event twice. Returns the stop function.
 */
export function startDomainEventWorker(db: Db, config: Config, logger: { error(obj: object, msg: string): void }) {
  return startPeriodicJob('domain event outbox', INTERVAL_MS, logger, async (stopping) => {
    const subscribers = await domainEventSubscribers();
    if (!subscribers.some((subscriber) => subscriber.runs === 'after-commit')) return;
    for (;;) {
      const batch = await handlePendingDomainEvents(db, config, subscribers, { batchSize: BATCH });
      if (batch.failed) logger.error({ failed: batch.failed }, `domain events given up after ${MAX_EVENT_ATTEMPTS} attempts`);
      if (batch.claimed < BATCH || stopping()) break;
    }
  });
}
