import type { Config } from '../../config.ts';
import type { Db } from '../../db/database.ts';
import { systemActor } from '../../shared/actor.ts';
import { startPeriodicJob } from '../../shared/periodic-job.ts';
import { retagStoredConcepts } from './retag-stored-concepts.ts';

const MINUTE = 60_000;

/**
 * Every minute each server process checks (one primary-key read) whether synonyms changed since
 * the stored concepts were tagged; the process that claims the work tags them again.
 */
export function startRetagJob(db: Db, config: Config, logger: { info(msg: string): void; error(obj: object, msg: string): void }) {
  const ctx = { db, actor: systemActor('retagging'), config };
  return startPeriodicJob('retagging after synonym changes', MINUTE, logger, async () => {
    const result = await retagStoredConcepts(ctx);
    if (result) {
      logger.info(
        `Synonyms of taxonomy revision ${result.revision} applied: ${result.organisations} organisations reindexed, ${result.retaggedCalls} of ${result.calls} calls retagged.`,
      );
    }
  });
}
