import { date, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { bytea, editableColumns } from '../../../db/column-types.ts';
import type { LocalisedText } from '../../../shared/locales.ts';

export const agreements = pgTable('agreements', {
  id: uuid('id').primaryKey().defaultRandom(),
  partnershipId: uuid('partnership_id').notNull(), // → partnerships(id), on delete cascade (a foreign key in the migrations)
  kind: text('kind').notNull(),
  /** Per language (migration 0020); the original language's text first. */
  title: jsonb('title').$type<LocalisedText[]>().notNull(),
  /** The language the agreement was written in; NULL on rows from before migration 0020 (estimated when read). */
  originalLang: text('original_lang'),
  signedOn: date('signed_on', { mode: 'string' }),
  mode: text('mode'),
  place: text('place'),
  summary: jsonb('summary').$type<LocalisedText[]>().notNull().default([]),
  ...editableColumns(),
});

export const agreementParties = pgTable('agreement_parties', {
  id: uuid('id').primaryKey().defaultRandom(),
  agreementId: uuid('agreement_id')
    .notNull()
    .references(() => agreements.id, { onDelete: 'cascade' }),
  role: text('role').$type<'signatory' | 'facilitator'>().notNull(),
  personName: text('person_name').notNull(),
  /** The party's role in the signing, per language, written in the agreement's original language first. */
  office: jsonb('office').$type<LocalisedText[]>().notNull().default([]),
  cityId: uuid('city_id'), // → cities(id) (a foreign key in the migrations)
  organisation: text('organisation'),
  position: integer('position').notNull().default(0),
});

export const agreementDocuments = pgTable('agreement_documents', {
  id: uuid('id').primaryKey().defaultRandom(),
  agreementId: uuid('agreement_id')
    .notNull()
    .references(() => agreements.id, { onDelete: 'cascade' }),
  fileName: text('file_name').notNull(),
  contentType: text('content_type').notNull(),
  sizeBytes: integer('size_bytes').notNull(),
  sha256: text('sha256').notNull(),
  content: bytea('content').notNull(),
  uploadedBy: uuid('uploaded_by'), // → users(id) (a foreign key in the migrations)
  uploadedAt: timestamp('uploaded_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});
