import { date, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { editableColumns } from '../../db/column-types.ts';
import type { LocalisedText } from '../../shared/locales.ts';

/** Review state of an offer or request (migration 0003). */
export type ItemStatus = 'draft' | 'pending-review' | 'approved' | 'returned';

export const organisations = pgTable('organisations', {
  id: uuid('id').primaryKey().defaultRandom(),
  key: text('key').notNull().unique(),
  name: text('name').notNull(),
  kind: text('kind').notNull(),
  cityId: uuid('city_id').notNull(), // → cities(id) (a foreign key in the migrations)
  website: text('website'),
  languages: text('languages').array().notNull().default([]),
  description: jsonb('description').$type<LocalisedText[]>().notNull().default([]),
  themes: text('themes').array().notNull().default([]),
  /** Taxonomy concept keys the editor confirmed (migration 0004). */
  concepts: text('concepts').array().notNull().default([]),
  ...editableColumns(),
});

export const organisationItems = pgTable('organisation_items', {
  id: uuid('id').primaryKey().defaultRandom(),
  organisationId: uuid('organisation_id')
    .notNull()
    .references(() => organisations.id, { onDelete: 'cascade' }),
  direction: text('direction').$type<'offer' | 'request'>().notNull(),
  position: integer('position').notNull(),
  category: text('category'),
  lang: text('lang'),
  title: text('title'),
  text: text('text').notNull(),
  themes: text('themes').array().notNull().default([]),
  /** Taxonomy concept keys the editor confirmed (migration 0004). */
  concepts: text('concepts').array().notNull().default([]),
  validUntil: date('valid_until', { mode: 'string' }),
  status: text('status').$type<ItemStatus>().notNull().default('approved'),
  reviewComment: text('review_comment'),
  reviewedBy: uuid('reviewed_by'),
  reviewedAt: timestamp('reviewed_at', { withTimezone: true, mode: 'date' }),
  submittedBy: uuid('submitted_by'),
  submittedAt: timestamp('submitted_at', { withTimezone: true, mode: 'date' }),
  version: integer('version').notNull().default(1),
  expiryRemindedAt: timestamp('expiry_reminded_at', { withTimezone: true, mode: 'date' }),
});
