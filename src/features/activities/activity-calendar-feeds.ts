import { and, asc, eq } from 'drizzle-orm';
import type { EventAttributes } from 'ics';
import type { ServiceContext } from '../../shared/context.ts';
import { findPartnershipRow } from '../partnerships/index.ts';
import { activities, activityParticipants } from './activities.table.ts';
import { activityEvent, renderActivityCalendar } from './activity-calendar.ts';
import { requireReadableActivity } from './participant-access.ts';

/** One activity as a calendar (METHOD:PUBLISH), for whoever may read it; a cancelled one says CANCELLED. */
export async function activityCalendar(ctx: ServiceContext, idOrKey: string, lang: string | null): Promise<{ key: string; ics: string }> {
  const facts = await requireReadableActivity(ctx, idOrKey);
  const [row] = await ctx.db.select().from(activities).where(eq(activities.id, facts.activityId));
  return { key: row.key, ics: renderActivityCalendar([activityEvent(row, { publicUrl: ctx.config.publicUrl, lang })], { method: 'PUBLISH' }) };
}

/**
 * A partnership's public activities as a feed anyone may subscribe to. Only the public ones, also
 * for signed-in readers of the internal ones: the link is meant to be shared and pasted into any
 * calendar app, which fetches it without a session. Cancelled ones stay in, marked CANCELLED, so
 * that calendars that had them remove them.
 */
export async function partnershipActivitiesCalendar(ctx: ServiceContext, idOrKey: string, lang: string | null): Promise<{ key: string; ics: string }> {
  const partnership = await findPartnershipRow(ctx, idOrKey);
  const rows = await ctx.db
    .select()
    .from(activities)
    .where(and(eq(activities.partnershipId, partnership.id), eq(activities.isPublic, true)))
    .orderBy(asc(activities.startsAt), asc(activities.id));
  const events = rows.map((row) => activityEvent(row, { publicUrl: ctx.config.publicUrl, lang }));
  return { key: partnership.key, ics: renderActivityCalendar(events, { method: 'PUBLISH', calName: `Pontis: ${partnership.name}` }) };
}

/**
 * The activities a user holds a place in (registered, not waiting or cancelled; the activity not
 * cancelled), for their secret-link feed, with the titles in the language they registered in.
 */
export async function registeredActivityEvents(ctx: ServiceContext, userId: string): Promise<EventAttributes[]> {
  const rows = await ctx.db
    .select({ activity: activities, language: activityParticipants.language })
    .from(activityParticipants)
    .innerJoin(activities, eq(activities.id, activityParticipants.activityId))
    .where(and(eq(activityParticipants.userId, userId), eq(activityParticipants.status, 'registered'), eq(activities.status, 'planned')))
    .orderBy(asc(activities.startsAt), asc(activities.id));
  const seen = new Set<string>();
  return rows
    .filter((r) => !seen.has(r.activity.id) && !!seen.add(r.activity.id))
    .map((r) => activityEvent(r.activity, { publicUrl: ctx.config.publicUrl, lang: r.language }));
}

/**
 * Every activity of a partnership, internal ones too, for the partnership's secret-link feed (its
 * owner belongs to the partnership's cities or is an admin: they read them all). Cancelled ones
 * stay in, marked CANCELLED. Titles in their original language.
 */
export async function partnershipActivityEvents(ctx: ServiceContext, partnershipId: string): Promise<EventAttributes[]> {
  const rows = await ctx.db.select().from(activities).where(eq(activities.partnershipId, partnershipId)).orderBy(asc(activities.startsAt), asc(activities.id));
  return rows.map((row) => activityEvent(row, { publicUrl: ctx.config.publicUrl, lang: null }));
}
