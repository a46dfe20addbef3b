// The people feature as other features may use it (issue 12): its read queries.

export { getPerson } from './people.service.ts';
export { canSeePerson } from './person-visibility.ts';
export { anyPersonExists, idsOfPeopleWithoutOrganisation, peopleCount, type PersonRecord } from './person-records.ts';
export { peopleOfOrganisationByName, peopleOfOrganisations, peopleWithOrganisation } from './person-records.ts';
export { deletePersonRow, peopleWithEmail } from './person-erasure.ts';
export { addPersonUnlessListed, type ListedPerson } from './add-person-unless-listed.ts';
export { backdatePeople } from './backdate-people.ts';
