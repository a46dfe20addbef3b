import { boolean, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { editableColumns } from '../../db/column-types.ts';
import { cities } from '../cities/cities.table.ts';
import { organisations } from '../organisations/organisations.table.ts';

export const people = pgTable('people', {
  id: uuid('id').primaryKey().defaultRandom(),
  cityId: uuid('city_id')
    .notNull()
    .references(() => cities.id),
  organisationId: uuid('organisation_id').references(() => organisations.id, { onDelete: 'set null' }),
  name: text('name').notNull(),
  roleTitle: text('role_title'),
  email: text('email'),
  phone: text('phone'),
  languages: text('languages').array().notNull().default([]),
  visibleToPartners: boolean('visible_to_partners').notNull().default(false),
  visibleToPublic: boolean('visible_to_public').notNull().default(false),
  ...editableColumns(),
});
