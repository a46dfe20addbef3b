import { asc, count, eq, inArray, lte, sql } from 'drizzle-orm';
import type { ServiceContext } from '../../shared/context.ts';
import { recordLanguage, textsByLanguage } from '../../shared/localised-texts.ts';
import { detectLanguage } from '../tagging/index.ts';
import { agreementCountsByPartnership } from './agreements/agreement-queries.ts';
import type { CitySummary } from '../cities/cities.schemas.ts';
import { citySummariesSubquery } from '../cities/index.ts';
import { organisationCountsByCity } from '../organisations/index.ts';
import type { PartnershipRow } from './partnership-access.ts';
import { partnershipCan, partnershipCanRules } from './partnership-actions.ts';
import type { PartnershipKind, PartnershipStatus, PartnershipSummary } from './partnerships.schemas.ts';
import { partnershipCities, partnershipThemes, timelineEvents } from './partnerships.table.ts';
import type { TimelineEvent } from './timeline-events.schemas.ts';

const groupBy = <T, K>(items: T[], key: (item: T) => K) => {
  const map = new Map<K, T[]>();
  for (const item of items) map.set(key(item), [...(map.get(key(item)) ?? []), item]);
  return map;
};

/**
 * The list view of partnerships. Everything is fetched in a fixed number of queries for the
 * whole page, not per partnership, so that a long list stays fast.
 */
export async function summarisePartnerships(ctx: ServiceContext, rows: PartnershipRow[]): Promise<PartnershipSummary[]> {
  if (!rows.length) return [];
  const ids = rows.map((r) => r.id);
  const city = citySummariesSubquery();

  const memberRows = await ctx.db
    .select({ partnershipId: partnershipCities.partnershipId, id: city.id, key: city.key, name: city.name, country: city.country })
    .from(partnershipCities)
    .innerJoin(city, eq(city.id, partnershipCities.cityId))
    .where(inArray(partnershipCities.partnershipId, ids))
    .orderBy(asc(partnershipCities.position));
  const themeRows = await ctx.db
    .select({ partnershipId: partnershipThemes.partnershipId, key: partnershipThemes.themeKey })
    .from(partnershipThemes)
    .where(inArray(partnershipThemes.partnershipId, ids))
    .orderBy(asc(partnershipThemes.position));
  const agreementCounts = await agreementCountsByPartnership(ctx, ids);
  const eventCounts = await ctx.db
    .select({ partnershipId: timelineEvents.partnershipId, n: count() })
    .from(timelineEvents)
    .where(inArray(timelineEvents.partnershipId, ids))
    .groupBy(timelineEvents.partnershipId);
  const cityIds = [...new Set(memberRows.map((m) => m.id))];
  const orgCounts = await organisationCountsByCity(ctx, cityIds);
  const latest = await latestEvents(ctx, ids);
  const canRules = await partnershipCanRules();

  const membersBy = groupBy(memberRows, (m) => m.partnershipId);
  const themesBy = groupBy(themeRows, (t) => t.partnershipId);
  const latestBy = groupBy(latest, (e) => e.partnershipId);
  const agreementsBy = new Map(agreementCounts.map((c) => [c.partnershipId, c.n]));
  const eventsBy = new Map(eventCounts.map((c) => [c.partnershipId, c.n]));
  const orgsBy = new Map(orgCounts.map((c) => [c.cityId, c.n]));

  return rows.map((row) => {
    const members: CitySummary[] = (membersBy.get(row.id) ?? []).map(({ partnershipId: _p, ...city }) => city);
    const can = partnershipCan(
      ctx.actor,
      members.map((c) => c.id),
      canRules,
    );
    return {
      id: row.id,
      key: row.key,
      name: row.name,
      kind: row.kind as PartnershipKind,
      status: row.status as PartnershipStatus,
      since: row.since,
      cities: members,
      themes: (themesBy.get(row.id) ?? []).map((t) => t.key),
      counts: {
        agreements: agreementsBy.get(row.id) ?? 0,
        timelineEvents: eventsBy.get(row.id) ?? 0,
        organisations: members.reduce((sum, c) => sum + (orgsBy.get(c.id) ?? 0), 0),
      },
      latestEvents: (latestBy.get(row.id) ?? []).map(({ partnershipId: _p, rank: _r, ...event }) => event),
      canEdit: can.edit,
      can,
    };
  });
}

/** The three newest timeline events of each partnership, ranked in the database. */
async function latestEvents(ctx: ServiceContext, partnershipIds: string[]) {
  const ranked = ctx.db
    .select({
      id: timelineEvents.id,
      partnershipId: timelineEvents.partnershipId,
      kind: timelineEvents.kind,
      occurredOn: timelineEvents.occurredOn,
      title: timelineEvents.title,
      description: timelineEvents.description,
      originalLang: timelineEvents.originalLang,
      rank: sql<number>`row_number() over (partition by ${timelineEvents.partnershipId} order by ${timelineEvents.occurredOn} desc, ${timelineEvents.createdAt} desc, ${timelineEvents.id})`.as(
        'rank',
      ),
    })
    .from(timelineEvents)
    .where(inArray(timelineEvents.partnershipId, partnershipIds))
    .as('ranked');
  const rows = await ctx.db.select().from(ranked).where(lte(ranked.rank, 3)).orderBy(asc(ranked.partnershipId), asc(ranked.rank));
  return rows.map(({ description, title, originalLang, ...r }) => {
    const lang = recordLanguage(originalLang, [title, description], detectLanguage);
    return { ...r, kind: r.kind as TimelineEvent['kind'], title: textsByLanguage(title, lang), originalLang: lang };
  });
}
