import type { ServiceContext } from '../../shared/context.ts';
import { wants, type DomainEvent, type DomainEventSubscriber } from './domain-event.ts';
import { domainEventOutbox } from './domain-events.table.ts';
import { domainEventSubscribers } from './event-subscribers.ts';

/**
 * Records that a record was created, changed or deleted, in the caller's transaction: runs the
 * in-transaction subscribers (the history, the search index) and leaves one outbox row per
 * after-commit subscriber. A writer calls this and nothing else for its cross-cutting work.
 */
export async function recordDomainEvent(ctx: ServiceContext, event: DomainEvent): Promise<void> {
  await deliverDomainEvents(ctx, [event], await domainEventSubscribers());
}

/** Several events of one bulk write (an import), handed to each subscriber together. */
export async function recordDomainEvents(ctx: ServiceContext, events: readonly DomainEvent[]): Promise<void> {
  if (events.length) await deliverDomainEvents(ctx, events, await domainEventSubscribers());
}

/** The same with an explicit list of subscribers (tests of the outbox itself). */
export async function deliverDomainEvents(ctx: ServiceContext, events: readonly DomainEvent[], subscribers: readonly DomainEventSubscriber[]): Promise<void> {
  const outbox = [];
  for (const subscriber of subscribers) {
    const wanted = events.filter((event) => wants(subscriber, event));
    if (!wanted.length) continue;
    if (subscriber.runs === 'in-transaction') await subscriber.handle(ctx, wanted);
    else
      outbox.push(
        ...wanted.map((event) => ({
          subscriber: subscriber.name,
          entityType: event.entityType,
          entityId: event.entityId,
          action: event.action,
          event: snapshot(event),
          actor: ctx.actor,
        })),
      );
  }
  // Inserted in batches: PostgreSQL takes at most 65,535 parameters in one statement.
  for (let i = 0; i < outbox.length; i += 1000) await ctx.db.insert(domainEventOutbox).values(outbox.slice(i, i + 1000));
}

// As JSON will store it, so that an after-commit subscriber sees what an in-transaction one
// would have seen once serialised (dates as ISO strings); binary contents are left out.
function snapshot(event: DomainEvent): DomainEvent {
  return JSON.parse(JSON.stringify(event, (_key, value) => (value && typeof value === 'object' && value.type === 'Buffer' ? '[binary]' : value)));
}
