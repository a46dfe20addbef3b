import { and, inArray, isNull, sql } from 'drizzle-orm';
import type { Config } from '../../config.ts';
import type { Db } from '../../db/database.ts';
import { systemActor } from '../../shared/actor.ts';
import { inTransaction, type ServiceContext } from '../../shared/context.ts';
import { startPeriodicJob } from '../../shared/periodic-job.ts';
import { activities, activityParticipants } from './activities.table.ts';

const HOUR = 60 * 60 * 1000;
const BATCH = 100;

/**
 * Deletes the needs participants stated (interpretation, accessibility, diet) once an activity
 * ended `needs_retention_days` ago, and marks the activity (`needs_erased_at`). Gender stays: it
 * is the funder's statistic, stated by choice. Each batch of activities is claimed with
 * `FOR UPDATE SKIP LOCKED` and marked in the same transaction, so two server processes never
 * erase the same activity twice (and one that finds it claimed moves on). The participant events
 * carry no needs (participant-events.ts), so no copy is left in the history. Returns the ids erased.
 */
export async function eraseDueNeeds(ctx: ServiceContext, now = new Date()): Promise<string[]> {
  const erased: string[] = [];
  for (;;) {
    const batch = await inTransaction(ctx, async (tx) => {
      const due = await tx.db
        .select({ id: activities.id })
        .from(activities)
        .where(
          and(
            isNull(activities.needsErasedAt),
            sql`${activities.endsAt} + ${activities.needsRetentionDays} * interval '1 day' <= ${now.toISOString()}::timestamptz`,
          ),
        )
        .orderBy(activities.endsAt)
        .limit(BATCH)
        .for('update', { skipLocked: true });
      const ids = due.map((d) => d.id);
      if (!ids.length) return ids;
      await tx.db
        .update(activityParticipants)
        .set({ needsInterpretation: null, needsAccessibility: null, needsDiet: null })
        .where(inArray(activityParticipants.activityId, ids));
      // Re-checked under the lock: a process that claimed it a moment earlier has set it already.
      const marked = await tx.db
        .update(activities)
        .set({ needsErasedAt: now })
        .where(and(inArray(activities.id, ids), isNull(activities.needsErasedAt)))
        .returning({ id: activities.id });
      return marked.map((m) => m.id);
    });
    erased.push(...batch);
    if (batch.length < BATCH) return erased;
  }
}

/** The hourly needs erasure of `pontis serve`; returns a function that stops it. */
export function startNeedsErasureJob(db: Db, config: Config, logger: { info(obj: object, msg: string): void; error(obj: object, msg: string): void }) {
  const ctx: ServiceContext = { db, actor: systemActor('needs erasure'), config };
  return startPeriodicJob('needs erasure', HOUR, logger, async () => {
    const erased = await eraseDueNeeds(ctx);
    if (erased.length) logger.info({ activities: erased.length }, 'stated needs of past activities erased');
  });
}
