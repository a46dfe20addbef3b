import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { systemActor } from '../../shared/actor.ts';
import { domainEventOutbox } from './domain-events.table.ts';

/**
 * Personal data in the outbox, for the erasure of an account or a person (decision 0012). Rows
 * name who acted (with e-mail address) and carry the changed record's snapshots; they live a
 * week after being handled, but an erasure must not wait for that.
 */
export async function forgetAccountInDomainEvents(db: Db, userId: string): Promise<number> {
  const rows = await db
    .update(domainEventOutbox)
    .set({ actor: systemActor('erased account') })
    .where(sql`${domainEventOutbox.actor}->>'kind' = 'user' AND ${domainEventOutbox.actor}->>'id' = ${userId}`)
    .returning({ id: domainEventOutbox.id });
  return rows.length;
}

/** Drops every outbox row about an erased record, handled or not: nothing is sent about it any more. */
export async function dropDomainEventsAbout(db: Db, entityType: string, entityId: string): Promise<number> {
  const rows = await db
    .delete(domainEventOutbox)
    .where(and(eq(domainEventOutbox.entityType, entityType), eq(domainEventOutbox.entityId, entityId)))
    .returning({ id: domainEventOutbox.id });
  return rows.length;
}
