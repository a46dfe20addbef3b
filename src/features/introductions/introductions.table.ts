import { date, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { editableColumns } from '../../db/column-types.ts';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export type IntroductionStatus = 'pending' | 'accepted' | 'declined' | 'withdrawn';
export type IntroductionStage = 'introduced' | 'met' | 'collaborating' | 'joint-project';
export type IntroductionSide = 'from' | 'to';

/** An introduction between two organisations of partner cities (migrations/0007_introductions.sql). */
export const introductions = pgTable('introductions', {
  id: uuid('id').primaryKey().defaultRandom(),
  fromOrganisationId: uuid('from_organisation_id').notNull(),
  toOrganisationId: uuid('to_organisation_id').notNull(),
  itemId: uuid('item_id'),
  status: text('status').$type<IntroductionStatus>().notNull().default('pending'),
  stage: text('stage').$type<IntroductionStage>(),
  message: text('message').notNull(),
  requestedBy: uuid('requested_by'),
  brokeredBy: uuid('brokered_by'),
  fromAcceptedAt: ts('from_accepted_at'),
  fromAcceptedBy: uuid('from_accepted_by'),
  toAcceptedAt: ts('to_accepted_at'),
  toAcceptedBy: uuid('to_accepted_by'),
  declinedAt: ts('declined_at'),
  declinedBy: uuid('declined_by'),
  declinedSide: text('declined_side').$type<IntroductionSide>(),
  declinedReason: text('declined_reason'),
  withdrawnAt: ts('withdrawn_at'),
  withdrawnBy: uuid('withdrawn_by'),
  introducedOn: date('introduced_on', { mode: 'string' }),
  metOn: date('met_on', { mode: 'string' }),
  collaboratingOn: date('collaborating_on', { mode: 'string' }),
  jointProjectOn: date('joint_project_on', { mode: 'string' }),
  reminderCount: integer('reminder_count').notNull().default(0),
  remindedAt: ts('reminded_at'),
  ...editableColumns(),
});

/** When a user last opened an introduction; it is unread while introductions.updated_at is later. */
export const introductionReads = pgTable(
  'introduction_reads',
  {
    introductionId: uuid('introduction_id').notNull(),
    userId: uuid('user_id').notNull(),
    readAt: ts('read_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.introductionId, t.userId] })],
);
