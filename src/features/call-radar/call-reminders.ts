import { sql } from 'drizzle-orm';
import type { Config } from '../../config.ts';
import type { Db } from '../../db/database.ts';
import { systemActor } from '../../shared/actor.ts';
import { calendarDaysUntil } from '../../shared/calendar-days.ts';
import { inTransaction, type ServiceContext } from '../../shared/context.ts';
import { startPeriodicJob } from '../../shared/periodic-job.ts';
import type { WorkerLogger } from '../mail/index.ts';
import { enqueueMail } from '../mail/index.ts';
import { callReminderMail } from './call-reminder-mails.ts';
import { storedCallsSubquery } from '../calls/index.ts';
import { cityTimeZonesSubquery } from '../cities/index.ts';
import { partnershipNamesSubquery } from '../partnerships/index.ts';
import { enabledAccountMailSettingsSubquery } from '../users/index.ts';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

export interface CallReminderOptions {
  /** Offsets in days before the deadline (PONTIS_CALL_REMINDER_DAYS). */
  offsets: readonly number[];
  /** The run's "now" (tests); default the clock. */
  now?: Date;
}

interface DueFollow {
  call_id: string;
  user_id: string;
  identifier: string;
  title: string;
  url: string | null;
  deadline_at: Date | string;
  email: string;
  locale: string | null;
  time_zone: string | null;
  partnership_name: string | null;
}

/**
 * Mails followers of calls whose next deadline is within one of the offsets and not past. Each
 * (call, user, deadline, offset) is claimed by inserting into call_reminders_sent with ON CONFLICT
 * DO NOTHING in the transaction that enqueues the mail, so concurrent runs in several processes
 * send each reminder exactly once. When several offsets are due at once (a call followed five days
 * before its deadline has passed the 30- and 7-day marks), they are claimed together and one mail
 * goes out. A moved deadline is a new deadline: it is reminded again.
 */
export async function sendCallReminders(ctx: ServiceContext, options: CallReminderOptions): Promise<{ mails: number }> {
  const now = options.now ?? new Date();
  const offsets = [...new Set(options.offsets)].filter((d) => d >= 0);
  if (!offsets.length) return { mails: 0 };
  const horizon = new Date(now.getTime() + (Math.max(...offsets) + 1) * DAY);
  // The calls, accounts, cities and partnerships through their owners' subqueries (one statement).
  const result = (await ctx.db.execute(sql`
    SELECT f.call_id, f.user_id, c.identifier, c.title, c.url, n.deadline_at, u.email, u.locale,
           ci.time_zone, p.name AS partnership_name
      FROM call_follows f
      JOIN ${storedCallsSubquery('c')} ON c.id = f.call_id
      JOIN ${enabledAccountMailSettingsSubquery('u')} ON u.id = f.user_id
      LEFT JOIN ${cityTimeZonesSubquery('ci')} ON ci.id = u.city_id
      LEFT JOIN ${partnershipNamesSubquery('p')} ON p.id = f.partnership_id
      CROSS JOIN LATERAL (SELECT min(d) AS deadline_at FROM unnest(c.deadline_ats) AS d WHERE d >= ${now.toISOString()}::timestamptz) n
     WHERE n.deadline_at IS NOT NULL AND n.deadline_at <= ${horizon.toISOString()}::timestamptz
     ORDER BY n.deadline_at, f.call_id, f.user_id`)) as unknown as { rows: DueFollow[] };
  let mails = 0;
  for (const row of result.rows) {
    const deadlineAt = new Date(row.deadline_at);
    const msLeft = deadlineAt.getTime() - now.getTime();
    const due = offsets.filter((d) => msLeft <= d * DAY);
    if (!due.length) continue;
    const sent = await inTransaction(ctx, async (tx) => {
      const claimed = (await tx.db.execute(sql`
        INSERT INTO call_reminders_sent (call_id, user_id, deadline_at, offset_days, sent_at)
        SELECT ${row.call_id}::uuid, ${row.user_id}::uuid, ${deadlineAt.toISOString()}::timestamptz, o, ${now.toISOString()}::timestamptz
          FROM unnest(${`{${due.join(',')}}`}::int[]) AS o
        ON CONFLICT DO NOTHING
        RETURNING offset_days`)) as unknown as { rows: { offset_days: number }[] };
      if (!claimed.rows.length) return false;
      const mail = callReminderMail(row.locale, {
        title: row.title,
        identifier: row.identifier,
        deadlineAt,
        // Calendar days in Brussels, as the calls pages count them (calendar-days.ts).
        daysLeft: calendarDaysUntil(deadlineAt, now),
        timeZone: row.time_zone,
        portalUrl: row.url,
        pontisUrl: `${tx.config.publicUrl}/calls/${encodeURIComponent(row.identifier)}`,
        partnershipName: row.partnership_name,
      });
      await enqueueMail(tx.db, tx.config, { to: row.email, ...mail, purpose: 'call-reminder' });
      return true;
    });
    if (sent) mails++;
  }
  return { mails };
}

/** Hourly reminder run for `pontis serve`; returns a function that stops it. */
export function startCallReminderJob(db: Db, config: Config, logger: WorkerLogger): () => Promise<void> {
  const ctx: ServiceContext = { db, actor: systemActor('call reminders'), config };
  return startPeriodicJob('call reminders', HOUR, logger, async () => {
    const r = await sendCallReminders(ctx, { offsets: config.callReminderDays });
    if (r.mails) logger.info({ ...r }, 'call reminders enqueued');
  });
}
