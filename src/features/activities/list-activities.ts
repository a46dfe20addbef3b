import { and, asc, desc, eq, gte, inArray, lt, sql, type SQL } from 'drizzle-orm';
import { actorUserId } from '../../shared/actor.ts';
import type { ServiceContext } from '../../shared/context.ts';
import { cityRefsByIds } from '../cities/index.ts';
import { findPartnershipRow, partnershipCityIds } from '../partnerships/index.ts';
import type { ActivityList, ActivityListQuery } from './activities.schemas.ts';
import { activities, activityOrganisers } from './activities.table.ts';
import { activityCan } from './activity-can.ts';
import { canPlanActivity, canReadActivity } from './activity-policy.ts';
import type { ParticipantStatus } from './activity-vocabulary.ts';
import { activitySummaryOf } from './activity-read.ts';
import { toLocalDay } from './local-time.ts';
import { registrationWindow } from './registration-window.ts';

const DAY = 86_400_000;

/**
 * A partnership's activities as the caller may see them: public ones to anyone, the others to
 * their readers (canReadActivity). Upcoming: not ended yet, soonest first; past: ended, newest
 * first. With from/to: those on a local day of that range (a calendar month). The registered
 * count and the caller's own status come in the same statement; organisers and host cities in
 * one statement each, whatever the number of activities.
 */
export async function listActivities(ctx: ServiceContext, partnershipIdOrKey: string, query: ActivityListQuery, now = new Date()): Promise<ActivityList> {
  const partnership = await findPartnershipRow(ctx, partnershipIdOrKey);
  const cityIds = await partnershipCityIds(ctx, partnership.id);
  const userId = actorUserId(ctx.actor);
  const conditions: SQL[] = [eq(activities.partnershipId, partnership.id)];
  if (query.when === 'upcoming') conditions.push(gte(activities.endsAt, now));
  if (query.when === 'past') conditions.push(lt(activities.endsAt, now));
  // Local days are at most 14 hours from UTC: a day either side, then the exact test below.
  if (query.from) conditions.push(gte(activities.endsAt, new Date(Date.parse(`${query.from}T00:00:00Z`) - DAY)));
  if (query.to) conditions.push(lt(activities.startsAt, new Date(Date.parse(`${query.to}T00:00:00Z`) + 2 * DAY)));
  // Written out with the outer table named: Drizzle leaves the columns of a one-table select
  // unqualified, and inside the subquery "id" would be the participant's.
  const registered = sql<number>`(select count(*) from activity_participants p where p.activity_id = "activities"."id" and p.status = 'registered')`;
  const myStatus = userId
    ? sql<ParticipantStatus | null>`(select p.status from activity_participants p where p.activity_id = "activities"."id" and p.user_id = ${userId} and p.status <> 'cancelled' limit 1)`
    : sql<ParticipantStatus | null>`null`;
  const rows = await ctx.db
    .select({ row: activities, registered: registered.mapWith(Number), myStatus })
    .from(activities)
    .where(and(...conditions))
    .orderBy(query.when === 'past' ? desc(activities.startsAt) : asc(activities.startsAt), asc(activities.key));

  const ids = rows.map((r) => r.row.id);
  const organisers = ids.length
    ? await ctx.db
        .select({ activityId: activityOrganisers.activityId, organisationId: activityOrganisers.organisationId })
        .from(activityOrganisers)
        .where(inArray(activityOrganisers.activityId, ids))
    : [];
  const cities = new Map((await cityRefsByIds(ctx, [...new Set(rows.flatMap((r) => (r.row.hostCityId ? [r.row.hostCityId] : [])))])).map((c) => [c.id, c]));
  const items = rows.flatMap(({ row, registered: n, myStatus: mine }) => {
    const facts = {
      partnershipCityIds: cityIds,
      organiserOrganisationIds: organisers.filter((o) => o.activityId === row.id).map((o) => o.organisationId),
      isPublic: row.isPublic,
    };
    if (!canReadActivity(ctx.actor, facts)) return [];
    if (query.from && toLocalDay(row.endsAt, row.timeZone) < query.from) return [];
    if (query.to && toLocalDay(row.startsAt, row.timeZone) > query.to) return [];
    const window = registrationWindow({ ...row, registered: n }, now);
    return [
      activitySummaryOf(row, {
        hostCity: row.hostCityId ? (cities.get(row.hostCityId) ?? null) : null,
        registered: n,
        myStatus: mine,
        can: activityCan(ctx.actor, facts, window, mine),
      }),
    ];
  });
  return { items, can: { plan: canPlanActivity(ctx.actor, cityIds) } };
}
