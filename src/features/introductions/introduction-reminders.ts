import { and, eq, inArray, lt, sql } from 'drizzle-orm';
import type { Config } from '../../config.ts';
import type { Db } from '../../db/database.ts';
import { systemActor } from '../../shared/actor.ts';
import { inTransaction, type ServiceContext } from '../../shared/context.ts';
import { startPeriodicJob } from '../../shared/periodic-job.ts';
import type { WorkerLogger } from '../mail/index.ts';
import { mailReminder } from './introduction-mails.ts';
import { findIntroduction } from './introduction-rows.ts';
import { introductions } from './introductions.table.ts';

const BATCH = 100;
const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

export interface IntroductionReminderOptions {
  /** Days an unanswered request waits before the first reminder, and between reminders. */
  afterDays: number;
  /** At most this many reminders per introduction. */
  maxReminders: number;
  /** The run's "now" (tests); default the clock. */
  now?: Date;
}

export const defaultReminderOptions = { afterDays: 7, maxReminders: 2 } as const;

/**
 * Reminds whoever answers for an unanswered side of a pending introduction. Due rows are claimed
 * with FOR UPDATE SKIP LOCKED and marked reminded in the transaction that enqueues the mails, so
 * runs in several processes at once send each reminder exactly once. Reminders change neither
 * the version nor updated_at: they must not make an open form stale nor the item unread.
 */
export async function sendIntroductionReminders(ctx: ServiceContext, options: IntroductionReminderOptions): Promise<{ introductions: number; mails: number }> {
  const now = options.now ?? new Date();
  const dueBefore = new Date(now.getTime() - options.afterDays * DAY);
  const due = and(
    eq(introductions.status, 'pending'),
    lt(introductions.reminderCount, options.maxReminders),
    lt(sql`COALESCE(${introductions.remindedAt}, ${introductions.createdAt})`, dueBefore.toISOString()),
  );
  const total = { introductions: 0, mails: 0 };
  for (;;) {
    const batch = await inTransaction(ctx, async (tx) => {
      const locked = await tx.db.select({ id: introductions.id }).from(introductions).where(due).limit(BATCH).for('update', { skipLocked: true });
      if (!locked.length) return { locked: 0, claimed: 0, mails: 0 };
      // `due` again: a run that committed since this statement's snapshot may have reminded them.
      const claimed = await tx.db
        .update(introductions)
        .set({ reminderCount: sql`${introductions.reminderCount} + 1`, remindedAt: now })
        .where(
          and(
            inArray(
              introductions.id,
              locked.map((l) => l.id),
            ),
            due,
          ),
        )
        .returning({ id: introductions.id, createdAt: introductions.createdAt });
      let mails = 0;
      for (const c of claimed) {
        const waitingDays = Math.max(1, Math.floor((now.getTime() - c.createdAt.getTime()) / DAY));
        mails += await mailReminder(tx, await findIntroduction(tx, c.id), waitingDays);
      }
      return { locked: locked.length, claimed: claimed.length, mails };
    });
    total.introductions += batch.claimed;
    total.mails += batch.mails;
    if (batch.locked < BATCH) return total;
  }
}

/** Hourly reminder run for `pontis serve`; returns a function that stops it. */
export function startIntroductionReminderJob(
  db: Db,
  config: Config,
  logger: WorkerLogger,
  options: Partial<IntroductionReminderOptions> = {},
): () => Promise<void> {
  const ctx: ServiceContext = { db, actor: systemActor('introduction reminders'), config };
  return startPeriodicJob('introduction reminders', HOUR, logger, async () => {
    const r = await sendIntroductionReminders(ctx, { ...defaultReminderOptions, ...options });
    if (r.introductions) logger.info({ ...r }, 'introduction reminders enqueued');
  });
}
