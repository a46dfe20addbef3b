import type { HistoryContribution } from '../audit/index.ts';
import { liveOrPastParent, mayReadPartnershipHistory } from './partnership-history-access.ts';
import { partnershipNames, timelineEventPartnershipId } from './partnership-queries.ts';

/** A partnership's history, and its timeline events', is for those who may edit it; its name is public. */
const partnershipHistory: HistoryContribution = {
  subjects: [
    { entityType: 'partnership', mayRead: (ctx, id, past) => mayReadPartnershipHistory(ctx, id, past) },
    {
      entityType: 'timeline-event',
      mayRead: async (ctx, id, past) =>
        mayReadPartnershipHistory(ctx, await liveOrPastParent(await timelineEventPartnershipId(ctx, id), past, 'timeline-event', id, 'partnershipId'), past),
    },
  ],
  names: [{ type: 'partnership', public: true, names: partnershipNames }],
};

export default partnershipHistory;
