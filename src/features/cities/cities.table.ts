import { char, doublePrecision, integer, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { editableColumns } from '../../db/column-types.ts';

export const cities = pgTable('cities', {
  id: uuid('id').primaryKey().defaultRandom(),
  key: text('key').notNull().unique(),
  name: text('name').notNull(),
  nameNormalized: text('name_normalized').notNull(),
  country: char('country', { length: 2 }).notNull(),
  latitude: doublePrecision('latitude'),
  longitude: doublePrecision('longitude'),
  population: integer('population'),
  timeZone: text('time_zone'),
  officeName: text('office_name'),
  officeAddress: text('office_address'),
  officeEmail: text('office_email'),
  officePhone: text('office_phone'),
  ...editableColumns(),
});

export const cityAliases = pgTable(
  'city_aliases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    cityId: uuid('city_id')
      .notNull()
      .references(() => cities.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    lang: text('lang'),
    normalized: text('normalized').notNull(),
  },
  (t) => [unique().on(t.cityId, t.normalized)],
);
