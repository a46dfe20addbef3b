// The organisations feature as other features may use it (issue 12): its read queries.
export { findOrganisation, type OrganisationRef } from './find-organisation.ts';
export { organisationCityId, organisationNames } from './organisation-queries.ts';
export { startExpiryReminderJob } from './expiry-reminders.ts';
export { todayIso } from './item-validity.ts';
export { canCreateOrganisation, canEditOrganisation } from './organisation-policy.ts';
export { organisationCountInCities, organisationsInCities } from './organisation-queries.ts';
export { organisationSummariesSubquery } from './organisation-summaries.ts';
export { itemOwnerAndStatus, itemSummariesSubquery, itemValidUntilDays } from './item-summaries.ts';
export {
  anyOrganisationExists,
  approvedItemsOfOrganisations,
  organisationCount,
  organisationIdsAfter,
  organisationRecordsByIds,
  type OrganisationItemRecord,
  type OrganisationRecord,
} from './organisation-records.ts';
export { organisationProfilesInCities } from './organisation-profiles-in-cities.ts';
export { organisationsWithItems, type OrganisationWithItems } from './organisations-with-items.ts';
export { organisationCitiesByKeys } from './organisation-cities-by-keys.ts';
export {
  insertImportedOrganisations,
  replaceItemsKeepingConcepts,
  replaceItemsOfDirection,
  updateImportedOrganisation,
  type ImportedItem,
  type ImportedOrganisationFields,
} from './imported-organisations.ts';
export { backdateOrganisationEdits } from './backdate-organisation-edits.ts';
export {
  type OrganisationContribution,
  type OrganisationDeletion,
  type OrganisationMailbox,
  type OrganisationMailboxes,
  type OrganisationAuthorNames,
  type OrganisationPeople,
} from './organisation-contributions.ts';
export { approvedItemConceptsSubquery, organisationProfileRowsSubquery } from './organisation-profile-rows.ts';
export { organisationRefsByIds } from './organisation-refs.ts';
export { organisationNamesAndKinds } from './organisation-names-and-kinds.ts';
export { confirmedConceptTexts, type ConfirmedConceptText } from './confirmed-concept-texts.ts';
// The public read, as the API answers it (the public portal renders it as a page).
export { getOrganisation } from './organisations.service.ts';
