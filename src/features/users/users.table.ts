import { integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { Role } from '../../shared/roles.ts';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const users = pgTable('users', {
  id: uuid('id').primaryKey().defaultRandom(),
  email: text('email').notNull().unique(),
  displayName: text('display_name').notNull(),
  passwordHash: text('password_hash'),
  role: text('role').$type<Role>().notNull(),
  cityId: uuid('city_id'), // → cities(id) (a foreign key in the migrations)
  organisationId: uuid('organisation_id'), // → organisations(id) (a foreign key in the migrations)
  locale: text('locale'),
  disabledAt: ts('disabled_at'),
  version: integer('version').notNull().default(1),
  createdAt: ts('created_at').notNull().defaultNow(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});

export const invitations = pgTable('invitations', {
  id: uuid('id').primaryKey().defaultRandom(),
  email: text('email').notNull(),
  role: text('role').$type<Role>().notNull(),
  cityId: uuid('city_id'), // → cities(id) (a foreign key in the migrations)
  organisationId: uuid('organisation_id'), // → organisations(id) (a foreign key in the migrations)
  tokenHash: text('token_hash').notNull().unique(),
  invitedBy: uuid('invited_by').references(() => users.id),
  createdAt: ts('created_at').notNull().defaultNow(),
  expiresAt: ts('expires_at').notNull(),
  acceptedAt: ts('accepted_at'),
  acceptedUserId: uuid('accepted_user_id').references(() => users.id),
  revokedAt: ts('revoked_at'),
});
