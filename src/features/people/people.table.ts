import { boolean, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { editableColumns } from '../../db/column-types.ts';

export const people = pgTable('people', {
  id: uuid('id').primaryKey().defaultRandom(),
  cityId: uuid('city_id').notNull(), // → cities(id) (a foreign key in the migrations)
  organisationId: uuid('organisation_id'), // → organisations(id), on delete set null (a foreign key in the migrations)
  name: text('name').notNull(),
  roleTitle: text('role_title'),
  email: text('email'),
  phone: text('phone'),
  languages: text('languages').array().notNull().default([]),
  visibleToPartners: boolean('visible_to_partners').notNull().default(false),
  visibleToPublic: boolean('visible_to_public').notNull().default(false),
  ...editableColumns(),
});
