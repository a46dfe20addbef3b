import type { ServiceContext } from '../../shared/context.ts';

export type DomainEventAction = 'create' | 'update' | 'delete';

/**
 * What happened to one record, recorded by the feature that wrote it in the same transaction.
 * `before` and `after` are the record's snapshots as its history shows them (either may be
 * absent: nothing before a create, nothing after a delete).
 */
export interface DomainEvent {
  entityType: string;
  entityId: string;
  action: DomainEventAction;
  before?: unknown;
  after?: unknown;
}

/**
 * Something done when an event happens, declared by the feature that does it in a file named
 * `*.subscribers.ts` (default export: a list). `in-transaction` runs inside the writer's
 * transaction, so the write and its consequence commit or fail together (history, search index);
 * `after-commit` runs later, once, in whichever server process claims it, with retries.
 */
export interface DomainEventSubscriber {
  /** Stable and unique: stored in the outbox rows of after-commit subscribers. */
  name: string;
  /** The record types whose events it wants, or every event. */
  entityTypes: readonly string[] | 'all';
  runs: 'in-transaction' | 'after-commit';
  /**
   * Acts on the events it wants, in the order they happened. A bulk writer (an import) records
   * its events together, so a subscriber can act on all of them at once (one insert, one
   * reindex); an after-commit subscriber gets one event at a time.
   */
  handle(ctx: ServiceContext, events: readonly DomainEvent[]): Promise<void>;
}

/** Whether a subscriber wants an event. */
export function wants(subscriber: DomainEventSubscriber, event: DomainEvent): boolean {
  return subscriber.entityTypes === 'all' || subscriber.entityTypes.includes(event.entityType);
}
