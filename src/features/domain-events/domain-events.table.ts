import { bigserial, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { Actor } from '../../shared/actor.ts';
import type { DomainEvent } from './domain-event.ts';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** One row per event and after-commit subscriber (migration 0025). */
export const domainEventOutbox = pgTable('domain_event_outbox', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  subscriber: text('subscriber').notNull(),
  entityType: text('entity_type').notNull(),
  entityId: uuid('entity_id').notNull(),
  action: text('action').notNull(),
  event: jsonb('event').$type<DomainEvent>().notNull(),
  /** Who caused the event, as the subscriber acts for them. */
  actor: jsonb('actor').$type<Actor>().notNull(),
  occurredAt: ts('occurred_at').notNull().defaultNow(),
  attempts: integer('attempts').notNull().default(0),
  /** Not before this time: now when recorded, later after a failed attempt (backoff). */
  availableAt: ts('available_at').notNull().defaultNow(),
  /** A worker holds the row until then; a worker that died lets it go when the time runs out. */
  claimedUntil: ts('claimed_until'),
  handledAt: ts('handled_at'),
  /** Given up after the last attempt; last_error says why. */
  failedAt: ts('failed_at'),
  lastError: text('last_error'),
});
