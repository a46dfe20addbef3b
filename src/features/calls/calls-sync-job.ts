import type { Config } from '../../config.ts';
import type { Db } from '../../db/database.ts';
import { systemActor } from '../../shared/actor.ts';
import { startPeriodicJob } from '../../shared/periodic-job.ts';
import { runQueuedCallsSync } from './request-calls-sync.ts';
import { callsSyncReporter, type CallsSyncLogger } from './calls-sync-log.ts';
import { claimDailySync, releaseSync, syncCalls } from './sync-calls.ts';

const HOUR = 3_600_000;
/** How soon a "Sync now" is taken up. */
const QUEUE_POLL_MS = 5_000;

interface SyncLogger extends CallsSyncLogger {
  error(obj: object, msg: string): void;
}

/**
 * The syncs of the portal's reference file while the server runs. Every few seconds each server
 * process looks for a queued "Sync now" (always, even with the daily sync off); every hour it asks
 * for the daily claim, and the one that wins (at most one a day, see claimDailySync) syncs. Both
 * claim the URL's sync in the database, so no two processes download at once. Never awaited at
 * start-up: the first checks run in the background.
 */
export function startCallsSyncJob(db: Db, config: Config, logger: SyncLogger) {
  const report = callsSyncReporter(logger);
  const stopQueued = startPeriodicJob('queued calls sync', QUEUE_POLL_MS, logger, async () => {
    const result = await runQueuedCallsSync(db, config);
    if (result) report(result);
  });
  if (config.callsSync === 'off') return stopQueued;

  const ctx = { db, actor: systemActor('calls sync'), config };
  const stopDaily = startPeriodicJob('calls sync', HOUR, logger, async () => {
    const now = new Date();
    if (!(await claimDailySync(ctx, config.callsUrl, now))) return;
    try {
      report(await syncCalls(ctx, { now }));
    } finally {
      await releaseSync(ctx, config.callsUrl);
    }
  });
  return async () => {
    await Promise.all([stopQueued(), stopDaily()]);
  };
}
