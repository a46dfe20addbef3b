import { integer, jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import type { LocalisedLabels } from '../../shared/locales.ts';

export const themes = pgTable('themes', {
  key: text('key').primaryKey(),
  labels: jsonb('labels').$type<LocalisedLabels>().notNull(),
  sortOrder: integer('sort_order').notNull().default(0),
});
