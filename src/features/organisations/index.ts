// The organisations feature as other features may use it (issue 12): its read queries.
export { findOrganisation, type OrganisationRef } from './find-organisation.ts';
export { organisationCityId, organisationNames } from './organisation-queries.ts';
export { startExpiryReminderJob } from './expiry-reminders.ts';
export { todayIso } from './item-validity.ts';
export { canCreateOrganisation, canEditOrganisation } from './organisation-policy.ts';
