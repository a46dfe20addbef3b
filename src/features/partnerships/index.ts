// The partnerships feature as other features may use it (issue 12): its policy, access and read queries.
export { partnershipCityIds } from './partnership-access.ts';
export { canEditPartnership } from './partnership-policy.ts';
export { partnershipExists, partnershipNames, timelineEventPartnershipId } from './partnership-queries.ts';
export { findPartnershipRow, requirePartnershipEditor } from './partnership-access.ts';
export { presentTimelineEvent } from './timeline-events.service.ts';
export { partnershipsOfCity } from './partnership-queries.ts';
export { arePartnerCities, citiesSharingAPartnershipWith, partnershipMembersSubquery } from './partner-cities.ts';
export { partnershipNamesSubquery } from './partnership-names-subquery.ts';
export { partnershipThemeKeys } from './partnership-theme-keys.ts';
export { partnershipsWithMembers, type PartnershipWithMembers } from './partnerships-with-members.ts';
export { saveImportedPartnership, type ImportedPartnership } from './imported-partnerships.ts';
export { setPartnershipStatus } from './partnership-status.ts';
export { backdatePartnerships, backdateTimelineEvents } from './backdate-partnerships.ts';
export { createTimelineEvent, timelineOfPartnership } from './timeline-events.service.ts';
export { liveOrPastParent, mayReadPartnershipHistory } from './partnership-history-access.ts';
