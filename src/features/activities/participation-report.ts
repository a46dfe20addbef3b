import { and, count, countDistinct, eq, sql } from 'drizzle-orm';
import type { ServiceContext } from '../../shared/context.ts';
import { forbidden, notFound } from '../../shared/errors.ts';
import { citySummariesSubquery } from '../cities/index.ts';
import { organisationSummariesSubquery } from '../organisations/index.ts';
import type { ParticipationReport } from './activities.schemas.ts';
import { activities, activityAttendance, activityParticipants } from './activities.table.ts';
import { loadActivityFacts } from './activity-facts.ts';
import { canOrganiseActivity, canReadActivity } from './activity-policy.ts';
import { checkFundingRules, invitedInternational } from './funding-rules.ts';

/** Direct participants: registered (neither on the waiting list nor cancelled). */
const direct = (activityId: string) => and(eq(activityParticipants.activityId, activityId), eq(activityParticipants.status, 'registered'));

const asRecord = (rows: { key: string; n: number }[]) => Object.fromEntries(rows.map((r) => [r.key, Number(r.n)]));

/**
 * The participation report the funder asks for: direct participants per country, city, kind of
 * organisation, stated gender and role, invited international participants, attendance per day,
 * and the CERV rules checked (funding-rules.ts). Counted by the database (GROUP BY); no participant
 * row is loaded. Who may read it: the organisers (canOrganiseActivity); a caller who may not read
 * the activity learns nothing of it (404), another reader is refused (403).
 */
export async function participationReport(ctx: ServiceContext, idOrKey: string): Promise<ParticipationReport> {
  const facts = await loadActivityFacts(ctx, idOrKey);
  if (!canReadActivity(ctx.actor, facts)) throw notFound('The activity');
  if (!canOrganiseActivity(ctx.actor, facts)) throw forbidden('Only the organisers of this activity see its participation report.');
  const id = facts.activityId;

  const hostCity = citySummariesSubquery('host_city');
  const [activity] = await ctx.db
    .select({ key: activities.key, hostCountry: hostCity.country })
    .from(activities)
    .leftJoin(hostCity, eq(hostCity.id, activities.hostCityId))
    .where(eq(activities.id, id));
  if (!activity) throw notFound('The activity');

  const p = activityParticipants;
  const [totals] = await ctx.db.select({ participants: count() }).from(p).where(direct(id));
  const byCountry = asRecord(await ctx.db.select({ key: p.country, n: count() }).from(p).where(direct(id)).groupBy(p.country).orderBy(p.country));

  // The registry's city where the participant is linked to one, else the city name as given.
  const city = citySummariesSubquery('participant_city');
  const cityName = sql<string>`coalesce(${city.name}, nullif(trim(${p.cityName}), ''), '')`;
  const cityCountry = sql<string>`coalesce(${city.country}, ${p.country})`;
  const byCity = await ctx.db
    .select({ cityId: city.id, name: cityName, country: cityCountry, count: count() })
    .from(p)
    .leftJoin(city, eq(city.id, p.cityId))
    .where(direct(id))
    .groupBy(city.id, cityName, cityCountry)
    .orderBy(sql`count(*) desc`, cityName);

  const org = organisationSummariesSubquery('participant_organisation');
  const kind = sql<string>`coalesce(${org.kind}, nullif(trim(${p.organisationKind}), ''), 'unknown')`;
  const byOrganisationKind = asRecord(
    await ctx.db.select({ key: kind, n: count() }).from(p).leftJoin(org, eq(org.id, p.organisationId)).where(direct(id)).groupBy(kind).orderBy(kind),
  );
  const gender = sql<string>`coalesce(${p.gender}, 'not-stated')`;
  const byGender = asRecord(await ctx.db.select({ key: gender, n: count() }).from(p).where(direct(id)).groupBy(gender).orderBy(gender));
  const byRole = asRecord(await ctx.db.select({ key: p.role, n: count() }).from(p).where(direct(id)).groupBy(p.role).orderBy(p.role));

  const a = activityAttendance;
  const attendanceByDay = await ctx.db
    .select({ day: a.day, present: count() })
    .from(a)
    .innerJoin(p, eq(p.id, a.participantId))
    .where(direct(id))
    .groupBy(a.day)
    .orderBy(a.day);
  const [attendedRow] = await ctx.db
    .select({ n: countDistinct(a.participantId) })
    .from(a)
    .innerJoin(p, eq(p.id, a.participantId))
    .where(direct(id));

  const hostCountry = activity.hostCountry ?? null;
  const counts = { hostCountry, participants: Number(totals?.participants ?? 0), byCountry };
  return {
    activityId: id,
    key: activity.key,
    hostCountry,
    participants: counts.participants,
    attended: Number(attendedRow?.n ?? 0),
    byCountry,
    byCity: byCity.map((c) => ({ cityId: c.cityId ?? null, name: c.name, country: c.country, count: Number(c.count) })),
    byOrganisationKind,
    byGender,
    byRole,
    invitedInternational: invitedInternational(counts),
    attendanceByDay: attendanceByDay.map((d) => ({ day: d.day, present: Number(d.present) })),
    rules: checkFundingRules(counts),
  };
}
