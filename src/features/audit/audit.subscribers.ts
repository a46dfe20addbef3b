import type { DomainEventSubscriber } from '../domain-events/index.ts';
import { recordHistoryEntries } from './audit.service.ts';

/**
 * Every domain event is a line in its record's history, written in the writer's transaction:
 * a change that commits has its history, one that fails has none.
 */
const history: DomainEventSubscriber = {
  name: 'audit.history',
  entityTypes: 'all',
  runs: 'in-transaction',
  handle: (ctx, events) => recordHistoryEntries(ctx, events),
};

export default [history];
