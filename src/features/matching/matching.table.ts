import { boolean, pgTable, real, text, timestamp, uuid } from 'drizzle-orm/pg-core';

import type { FeedbackReason } from './matching.schemas.ts';

/** Feedback on a partner suggestion (migration 0008). */
export const matchFeedback = pgTable('match_feedback', {
  id: uuid('id').primaryKey().defaultRandom(),
  organisationId: uuid('organisation_id').notNull(), // → organisations(id), on delete cascade (a foreign key in the migrations)
  suggestedOrganisationId: uuid('suggested_organisation_id').notNull(), // → organisations(id), on delete cascade (a foreign key in the migrations)
  itemId: uuid('item_id'), // → organisation_items(id), on delete set null (a foreign key in the migrations)
  userId: uuid('user_id').notNull(), // → users(id), on delete cascade (a foreign key in the migrations)
  useful: boolean('useful').notNull(),
  reason: text('reason').$type<FeedbackReason>(),
  comment: text('comment'),
  score: real('score'),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});
