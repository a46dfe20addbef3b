import type { EventAttributes } from 'ics';
import type { ServiceContext } from '../../shared/context.ts';
import { loadFeatureContributions } from '../../shared/feature-files.ts';

/**
 * What a feature adds to a user's calendar feed (the secret link), in a file named
 * `*.calendar-feed.ts` (default export): events as the `ics` package takes them, with UIDs that
 * stay the same across fetches so calendar apps update rather than duplicate them. Call radar
 * owns the feed and its link; the features that know other dates (activities one is registered
 * for) fill it in without call radar importing them.
 */
export interface CalendarFeedContribution {
  name: string;
  /** The events of the feed's owner; the feed is read without a session, so the owner is given. */
  userEvents(ctx: ServiceContext, userId: string): Promise<EventAttributes[]>;
  /**
   * The events of a partnership's feed. Its owner is a user of one of the partnership's cities or
   * an admin (checked by call radar on every fetch), who reads the partnership's internal records too.
   */
  partnershipEvents?(ctx: ServiceContext, partnershipId: string): Promise<EventAttributes[]>;
}

/** Every contribution's events for a partnership's feed, in the order of the files. */
export async function contributedPartnershipEvents(ctx: ServiceContext, partnershipId: string): Promise<EventAttributes[]> {
  const contributions = await loadFeatureContributions<CalendarFeedContribution>(/[.]calendar-feed[.]ts$/);
  const events: EventAttributes[] = [];
  for (const contribution of contributions) events.push(...((await contribution.partnershipEvents?.(ctx, partnershipId)) ?? []));
  return events;
}

/** Every contribution's events for the user, in the order of the files. */
export async function contributedUserEvents(ctx: ServiceContext, userId: string): Promise<EventAttributes[]> {
  const contributions = await loadFeatureContributions<CalendarFeedContribution>(/[.]calendar-feed[.]ts$/);
  const events: EventAttributes[] = [];
  for (const contribution of contributions) events.push(...(await contribution.userEvents(ctx, userId)));
  return events;
}
