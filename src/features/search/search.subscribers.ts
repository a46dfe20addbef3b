import type { DomainEvent, DomainEventSubscriber } from '../domain-events/index.ts';
import { reindexOrganisations, reindexPeople } from './search-index.ts';

/** The organisation an offer or request belongs to, as its snapshot names it ({ organisation: { id } }). */
function itemOrganisationId(event: DomainEvent): string | null {
  for (const snapshot of [event.after, event.before]) {
    const organisation = (snapshot as { organisation?: { id?: unknown } } | null | undefined)?.organisation;
    if (typeof organisation?.id === 'string') return organisation.id;
  }
  return null;
}

/**
 * Search follows every change of what it shows, in the writer's transaction: an organisation
 * (with its approved offers and requests and its people), an item's review, a person. Several
 * events of one write (an import) are reindexed together, set-based.
 */
const searchIndex: DomainEventSubscriber = {
  name: 'search.index',
  entityTypes: ['organisation', 'organisation-item', 'person'],
  runs: 'in-transaction',
  async handle(ctx, events) {
    const organisationIds = new Set<string>();
    const personIds = new Set<string>();
    for (const event of events) {
      if (event.entityType === 'person') personIds.add(event.entityId);
      else if (event.entityType === 'organisation') organisationIds.add(event.entityId);
      else {
        const organisationId = itemOrganisationId(event);
        if (organisationId) organisationIds.add(organisationId);
      }
    }
    await reindexOrganisations(ctx, [...organisationIds]);
    await reindexPeople(ctx, [...personIds]);
  },
};

export default [searchIndex];
