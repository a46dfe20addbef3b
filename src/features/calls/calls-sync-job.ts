import type { Config } from '../../config.ts';
import type { Db } from '../../db/database.ts';
import { systemActor } from '../../shared/actor.ts';
import { startPeriodicJob } from '../../shared/periodic-job.ts';
import { claimDailySync, releaseDailySync, syncCalls } from './sync-calls.ts';

const HOUR = 3_600_000;

/**
 * The daily download of the portal's reference file while the server runs. Every hour each
 * server process asks for the claim; the one that wins (at most one a day, see claimDailySync)
 * syncs. Never awaited at start-up: the first check runs in the background.
 */
export function startCallsSyncJob(db: Db, config: Config, logger: { info(msg: string): void; warn(msg: string): void; error(obj: object, msg: string): void }) {
  if (config.callsSync === 'off') return async () => {};
  const ctx = { db, actor: systemActor('calls sync'), config };
  return startPeriodicJob('calls sync', HOUR, logger, async () => {
    const now = new Date();
    if (!(await claimDailySync(ctx, config.callsUrl, now))) return;
    try {
      const result = await syncCalls(ctx, { now });
      (result.outcome === 'done' || result.outcome === 'not-modified' ? logger.info : logger.warn).call(logger, `EU calls sync: ${result.message}`);
    } finally {
      await releaseDailySync(ctx, config.callsUrl);
    }
  });
}
