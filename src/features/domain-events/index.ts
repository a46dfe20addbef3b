// The domain events feature as other features may use it (issue 12, decision 0018): a writer
// records what happened; audit, search and later webhooks subscribe in `*.subscribers.ts` files.
export { recordDomainEvent, recordDomainEvents } from './record-domain-event.ts';
export type { DomainEvent, DomainEventAction, DomainEventSubscriber } from './domain-event.ts';
export { startDomainEventWorker } from './domain-event-worker.ts';
export { pruneHandledDomainEvents } from './handle-pending-events.ts';
export { dropDomainEventsAbout, forgetAccountInDomainEvents } from './domain-event-erasure.ts';
