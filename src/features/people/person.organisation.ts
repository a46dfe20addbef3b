import type { OrganisationContribution } from '../organisations/index.ts';
import { detachPeopleFromOrganisation, listVisiblePeople, organisationHasPeople } from './people.service.ts';

/**
 * What people add to organisations: the contact people an organisation's profile shows (those
 * the caller may see), whether it has any (completeness; its city cannot change while it does),
 * and, before an organisation is deleted, its people detached one by one, versioned and each with
 * a history entry, so they stay on as contacts of the city.
 */
const peopleOfOrganisations: OrganisationContribution = {
  people: {
    visible: (ctx, organisationId) => listVisiblePeople(ctx, { organisationId }),
    any: organisationHasPeople,
  },
  deletion: { prepare: detachPeopleFromOrganisation },
};

export default peopleOfOrganisations;
