import type { CalendarFeedContribution } from '../call-radar/index.ts';
import { registeredActivityEvents } from './activity-calendar-feeds.ts';

/** A user's calendar feed also holds the activities they are registered for (call radar's port). */
const activitiesInUserFeed: CalendarFeedContribution = {
  name: 'activities',
  userEvents: registeredActivityEvents,
};

export default activitiesInUserFeed;
