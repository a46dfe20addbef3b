// The partnerships feature (with its agreements) as other features may use it (issue 12): its
// policy, access, read queries and the ports it offers for other features' contributions.
export { partnershipCityIds } from './partnership-access.ts';
export { partnershipNames } from './partnership-queries.ts';
export { findPartnershipRow } from './partnership-access.ts';
export { partnershipsOfCity } from './partnership-queries.ts';
export { arePartnerCities, citiesSharingAPartnershipWith, partnershipMembersSubquery } from './partner-cities.ts';
export { partnershipNamesSubquery } from './partnership-names-subquery.ts';
export { partnershipThemeKeys } from './partnership-theme-keys.ts';
export { partnershipsWithMembers, type PartnershipWithMembers } from './partnerships-with-members.ts';
export { saveImportedPartnership, type ImportedPartnership } from './imported-partnerships.ts';
export { setPartnershipStatus } from './partnership-status.ts';
export { backdatePartnerships, backdateTimelineEvents } from './backdate-partnerships.ts';
export { createTimelineEvent, timelineOfPartnership } from './timeline-events.service.ts';
export type { PartnershipTimelineContribution } from './timeline-contributions.ts';
// Its agreements sub-feature (agreements/).
export { agreementCountsByPartnership } from './agreements/agreement-queries.ts';
export { createAgreement } from './agreements/agreements.service.ts';
export { backdateAgreements } from './agreements/backdate-agreements.ts';
export { partnerCitiesWithThemes } from './partner-city-themes.ts';
export { partnershipCityRowsSubquery, partnershipHasCitySql } from './partnership-city-rows.ts';
export type { PartnershipActionContribution, PartnershipCan } from './partnership-actions.ts';
// The public reads, as the API answers them (the public portal renders them as pages).
export { getPartnership } from './partnership-detail.ts';
export { listPartnerships } from './partnerships.service.ts';
