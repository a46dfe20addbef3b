import type { PartnershipTimelineEntry, TimelineEvent } from '../../../../features/partnerships/timeline-events.schemas.ts';

/** Entries entered by hand on the partnership (editable there), as opposed to a project's entries. */
export const isHandEnteredEvent = (entry: PartnershipTimelineEntry): entry is PartnershipTimelineEntry & TimelineEvent => !entry.projectId;
