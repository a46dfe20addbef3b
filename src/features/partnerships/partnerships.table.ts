import { date, integer, jsonb, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { editableColumns } from '../../db/column-types.ts';
import type { LocalisedText } from '../../shared/locales.ts';

export const partnerships = pgTable('partnerships', {
  id: uuid('id').primaryKey().defaultRandom(),
  key: text('key').notNull().unique(),
  name: text('name').notNull(),
  kind: text('kind').notNull(),
  status: text('status').notNull(),
  since: date('since', { mode: 'string' }),
  description: jsonb('description').$type<LocalisedText[]>().notNull().default([]),
  ...editableColumns(),
});

export const partnershipCities = pgTable(
  'partnership_cities',
  {
    partnershipId: uuid('partnership_id')
      .notNull()
      .references(() => partnerships.id, { onDelete: 'cascade' }),
    cityId: uuid('city_id').notNull(), // → cities(id) (a foreign key in the migrations)
    position: integer('position').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.partnershipId, t.cityId] })],
);

export const partnershipThemes = pgTable(
  'partnership_themes',
  {
    partnershipId: uuid('partnership_id')
      .notNull()
      .references(() => partnerships.id, { onDelete: 'cascade' }),
    themeKey: text('theme_key').notNull(), // → themes(key) (a foreign key in the migrations)
    position: integer('position').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.partnershipId, t.themeKey] })],
);

export const timelineEvents = pgTable('timeline_events', {
  id: uuid('id').primaryKey().defaultRandom(),
  partnershipId: uuid('partnership_id')
    .notNull()
    .references(() => partnerships.id, { onDelete: 'cascade' }),
  occurredOn: date('occurred_on', { mode: 'string' }).notNull(),
  kind: text('kind').notNull(),
  /** Per language (migration 0020); the original language's text first. */
  title: jsonb('title').$type<LocalisedText[]>().notNull(),
  description: jsonb('description').$type<LocalisedText[]>().notNull().default([]),
  /** The language the event was written in; NULL on rows from before migration 0020 (estimated when read). */
  originalLang: text('original_lang'),
  ...editableColumns(),
});
