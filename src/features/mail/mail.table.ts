import { integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { MailFailureCode } from './mail-failure.ts';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** A file sent with a mail, as text (an .ics invitation); migration 0028. */
export interface MailAttachment {
  filename: string;
  contentType: string;
  content: string;
}

export type MailStatus = 'pending' | 'sending' | 'sent' | 'failed' | 'held';

export const mailOutbox = pgTable('mail_outbox', {
  id: uuid('id').primaryKey().defaultRandom(),
  toAddress: text('to_address').notNull(),
  subject: text('subject').notNull(),
  textBody: text('text_body').notNull(),
  purpose: text('purpose').notNull(),
  status: text('status').$type<MailStatus>().notNull().default('pending'),
  attempts: integer('attempts').notNull().default(0),
  lastError: text('last_error'),
  /** Why the last attempt failed, as a code the outbox page translates (mail-failure.ts). */
  lastErrorCode: text('last_error_code').$type<MailFailureCode>(),
  lockedUntil: ts('locked_until'),
  createdAt: ts('created_at').notNull().defaultNow(),
  sentAt: ts('sent_at'),
  attachments: jsonb('attachments').$type<MailAttachment[]>().notNull().default([]),
});
