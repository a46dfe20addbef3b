// The partnerships feature as other features may use it (issue 12): its policy, access and read queries.
export { partnershipCityIds } from './partnership-access.ts';
export { canEditPartnership } from './partnership-policy.ts';
export { partnershipExists, partnershipNames, timelineEventPartnershipId } from './partnership-queries.ts';
export { findPartnershipRow, requirePartnershipEditor } from './partnership-access.ts';
export { presentTimelineEvent } from './timeline-events.service.ts';
