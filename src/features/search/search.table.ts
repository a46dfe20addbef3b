import { customType, date, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { cities } from '../cities/cities.table.ts';
import { organisations } from '../organisations/organisations.table.ts';

/** Written only through SQL expressions (to_tsvector); read only inside queries. */
const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

export type SearchEntityType = 'organisation' | 'offer' | 'request';

/** Derived rows, rebuilt by search-index.ts whenever an organisation is written. */
export const searchDocuments = pgTable('search_documents', {
  id: uuid('id').primaryKey().defaultRandom(),
  entityType: text('entity_type').$type<SearchEntityType>().notNull(),
  entityId: uuid('entity_id').notNull(),
  organisationId: uuid('organisation_id').notNull().references(() => organisations.id, { onDelete: 'cascade' }),
  position: integer('position'),
  cityId: uuid('city_id').notNull().references(() => cities.id),
  kind: text('kind').notNull(),
  category: text('category'),
  lang: text('lang'),
  config: text('config').notNull(),
  themes: text('themes').array().notNull().default([]),
  concepts: text('concepts').array().notNull().default([]),
  title: text('title').notNull(),
  body: text('body').notNull().default(''),
  nameFolded: text('name_folded').notNull(),
  searchVector: tsvector('search_vector').notNull(),
  validUntil: date('valid_until', { mode: 'string' }),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull(),
});
