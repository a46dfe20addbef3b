import { customType, date, integer, pgTable, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Written only through SQL expressions (to_tsvector); read only inside queries. */
const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

export type SearchEntityType = 'organisation' | 'offer' | 'request' | 'person';
/** Who may find a row (migration 0005): people by their consent, everything else is public. */
export type SearchVisibility = 'public' | 'partners' | 'private';

/** Derived rows, rebuilt by search-index.ts whenever an organisation or a person is written. */
export const searchDocuments = pgTable('search_documents', {
  id: uuid('id').primaryKey().defaultRandom(),
  entityType: text('entity_type').$type<SearchEntityType>().notNull(),
  entityId: uuid('entity_id').notNull(),
  /** The organisation, the item's organisation, or the person's (null for a person without one). */
  organisationId: uuid('organisation_id'), // → organisations(id), on delete cascade (a foreign key in the migrations)
  position: integer('position'),
  cityId: uuid('city_id').notNull(), // → cities(id) (a foreign key in the migrations)
  kind: text('kind'),
  category: text('category'),
  lang: text('lang'),
  config: text('config').notNull(),
  themes: text('themes').array().notNull().default([]),
  concepts: text('concepts').array().notNull().default([]),
  sdgs: smallint('sdgs').array().notNull().default([]),
  /** Language-independent evidence terms of the text (tagging's evidenceTerms): matching outside the taxonomy. */
  terms: text('terms').array().notNull().default([]),
  visibility: text('visibility').$type<SearchVisibility>().notNull().default('public'),
  title: text('title').notNull(),
  body: text('body').notNull().default(''),
  nameFolded: text('name_folded').notNull(),
  searchVector: tsvector('search_vector').notNull(),
  validUntil: date('valid_until', { mode: 'string' }),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull(),
});
