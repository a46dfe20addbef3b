import type { CredentialContribution } from '../auth/index.ts';
import { revokeCalendarFeedsOfUser } from './calendar-feeds.service.ts';

/** A user's calendar feed links outlive their sessions: auth revokes them with the old password. */
const calendarFeedCredentials: CredentialContribution = { kind: 'calendarFeeds', revokeOfUser: revokeCalendarFeedsOfUser };

export default calendarFeedCredentials;
