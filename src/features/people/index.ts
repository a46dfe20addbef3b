// The people feature as other features may use it (issue 12): its read queries.
export { personNames, personOwnership } from './person-queries.ts';
export { detachPeopleFromOrganisation, getPerson, listVisiblePeople, organisationHasPeople } from './people.service.ts';
export { canSeePerson } from './person-visibility.ts';
