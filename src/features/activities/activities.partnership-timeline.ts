import type { PartnershipTimelineContribution } from '../partnerships/index.ts';
import { activityEntriesOfPartnership } from './partnership-activity-entries.ts';

/** The partnership's exchange activities, past and coming, on its timeline (see partnership-activity-entries.ts). */
const activityTimelineEntries: PartnershipTimelineContribution = {
  entriesOf: (ctx, partnershipId, cityIds) => activityEntriesOfPartnership(ctx, partnershipId, new Date(), cityIds),
};

export default activityTimelineEntries;
