import { integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** A user following a call, optionally for a partnership (migrations/0011_call_follows.sql). */
export const callFollows = pgTable(
  'call_follows',
  {
    callId: uuid('call_id').notNull(),
    userId: uuid('user_id').notNull(),
    partnershipId: uuid('partnership_id'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.callId, t.userId] })],
);

/** One reminder mail claimed (and enqueued) per call, user, deadline and offset. */
export const callRemindersSent = pgTable(
  'call_reminders_sent',
  {
    callId: uuid('call_id').notNull(),
    userId: uuid('user_id').notNull(),
    deadlineAt: ts('deadline_at').notNull(),
    offsetDays: integer('offset_days').notNull(),
    sentAt: ts('sent_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.callId, t.userId, t.deadlineAt, t.offsetDays] })],
);

export type CalendarFeedScope = 'user' | 'partnership';

/** A calendar subscription by secret link; the token itself is never stored. */
export const calendarFeeds = pgTable('calendar_feeds', {
  id: uuid('id').primaryKey().defaultRandom(),
  tokenHash: text('token_hash').notNull().unique(),
  scope: text('scope').$type<CalendarFeedScope>().notNull(),
  userId: uuid('user_id').notNull(),
  partnershipId: uuid('partnership_id'),
  createdBy: uuid('created_by'),
  createdAt: ts('created_at').notNull().defaultNow(),
  lastUsedAt: ts('last_used_at'),
  revokedAt: ts('revoked_at'),
});
