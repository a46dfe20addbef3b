import { bigint, boolean, integer, jsonb, pgTable, smallint, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';

type Localised = Record<'de' | 'ro' | 'en' | 'hu', string>;
type LocalisedTerms = Record<'de' | 'ro' | 'en' | 'hu', string[]>;

export const taxonomyDomains = pgTable('taxonomy_domains', {
  key: text('key').primaryKey(),
  labels: jsonb('labels').$type<Localised>().notNull(),
  sortOrder: integer('sort_order').notNull().default(0),
});

export const taxonomyConcepts = pgTable('taxonomy_concepts', {
  key: text('key').primaryKey(),
  domain: text('domain')
    .notNull()
    .references(() => taxonomyDomains.key),
  labels: jsonb('labels').$type<Localised>().notNull(),
  definitions: jsonb('definitions').$type<Localised>().notNull(),
  synonyms: jsonb('synonyms').$type<LocalisedTerms>().notNull(),
  sdgs: smallint('sdgs').array().notNull().default([]),
  taxonomyVersion: integer('taxonomy_version').notNull(),
  sortOrder: integer('sort_order').notNull().default(0),
});

export const conceptSynonyms = pgTable(
  'concept_synonyms',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    conceptKey: text('concept_key')
      .notNull()
      .references(() => taxonomyConcepts.key, { onDelete: 'cascade' }),
    lang: text('lang').$type<'de' | 'ro' | 'en' | 'hu'>().notNull(),
    term: text('term').notNull(),
    termFolded: text('term_folded').notNull(),
    createdBy: uuid('created_by'), // → users(id), on delete set null (a foreign key in the migrations)
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [unique().on(t.conceptKey, t.lang, t.termFolded)],
);

export const taxonomyRevision = pgTable('taxonomy_revision', {
  id: boolean('id').primaryKey().default(true),
  revision: bigint('revision', { mode: 'number' }).notNull().default(0),
  /** The revision the stored concepts (search documents, calls) were last tagged with. */
  appliedRevision: bigint('applied_revision', { mode: 'number' }).notNull().default(0),
  retagClaimedUntil: timestamp('retag_claimed_until', { withTimezone: true }),
  /** A hash of the shipped taxonomy last synced; a new one moves the revision. */
  shippedHash: text('shipped_hash'),
});
