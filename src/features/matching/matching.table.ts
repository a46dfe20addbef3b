import { boolean, pgTable, real, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisationItems, organisations } from '../organisations/organisations.table.ts';
import { users } from '../users/users.table.ts';

import type { FeedbackReason } from './matching.schemas.ts';

/** Feedback on a partner suggestion (migration 0008). */
export const matchFeedback = pgTable('match_feedback', {
  id: uuid('id').primaryKey().defaultRandom(),
  organisationId: uuid('organisation_id')
    .notNull()
    .references(() => organisations.id, { onDelete: 'cascade' }),
  suggestedOrganisationId: uuid('suggested_organisation_id')
    .notNull()
    .references(() => organisations.id, { onDelete: 'cascade' }),
  itemId: uuid('item_id').references(() => organisationItems.id, { onDelete: 'set null' }),
  userId: uuid('user_id')
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' }),
  useful: boolean('useful').notNull(),
  reason: text('reason').$type<FeedbackReason>(),
  comment: text('comment'),
  score: real('score'),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});
