import type { CalendarFeedContribution } from '../call-radar/index.ts';
import { partnershipActivityEvents, registeredActivityEvents } from './activity-calendar-feeds.ts';

/** A user's calendar feed also holds the activities they are registered for, a partnership's feed all its activities (call radar's port). */
const activitiesInUserFeed: CalendarFeedContribution = {
  name: 'activities',
  userEvents: registeredActivityEvents,
  partnershipEvents: partnershipActivityEvents,
};

export default activitiesInUserFeed;
