import { inArray, sql } from 'drizzle-orm';
import type { ServiceContext } from '../../shared/context.ts';
import type { LocalisedText } from '../../shared/locales.ts';
import { recordLanguage, textsByLanguage } from '../../shared/localised-texts.ts';
import { detectLanguage } from '../tagging/index.ts';
import { agreementCount } from './agreements/agreement-queries.ts';
import type { CitySummary } from '../cities/cities.schemas.ts';
import { citySummariesSubquery } from '../cities/index.ts';
import { organisationCountInCities } from '../organisations/index.ts';
import type { PartnershipRow } from './partnership-access.ts';
import { partnershipCan, partnershipCanRules } from './partnership-actions.ts';
import type { PartnershipKind, PartnershipStatus, PartnershipSummary } from './partnerships.schemas.ts';
import { partnershipCities, partnerships, partnershipThemes, timelineEvents } from './partnerships.table.ts';
import type { TimelineEvent } from './timeline-events.schemas.ts';

interface LatestEventJson {
  /** Place among the newest, for the aggregate's order. */
  ord: number;
  id: string;
  kind: string;
  occurredOn: string;
  title: LocalisedText[];
  description: LocalisedText[];
  originalLang: string | null;
}

interface SummaryRow {
  id: string;
  cities: CitySummary[];
  themes: string[];
  agreements: number;
  timelineEvents: number;
  organisations: number;
  latest: LatestEventJson[];
}

/**
 * The list view of partnerships, in one statement for the whole page whatever its length: member
 * cities, themes, counts and the three newest timeline events of each partnership come as JSON
 * from correlated subqueries. Six statements did this before, and on a busy server the round
 * trips cost more than the work (bench:load, the public start page and the partnership page).
 */
export async function summarisePartnerships(ctx: ServiceContext, rows: PartnershipRow[]): Promise<PartnershipSummary[]> {
  if (!rows.length) return [];
  const ids = rows.map((r) => r.id);
  const city = citySummariesSubquery('member_city');
  const pc = partnershipCities;
  const te = timelineEvents;
  const memberCityIds = sql`SELECT ${pc.cityId} FROM ${pc} WHERE ${pc.partnershipId} = ${partnerships.id}`;
  // A whole statement, not a select builder: a builder over one table leaves its column names
  // unqualified, and the correlated subqueries need "partnerships"."id".
  const result = (await ctx.db.execute(sql`SELECT ${partnerships.id} AS "id",
      (SELECT coalesce(json_agg(json_build_object('id', ${city.id}, 'key', ${city.key}, 'name', ${city.name}, 'country', ${city.country}) ORDER BY ${pc.position}), '[]'::json)
        FROM ${pc} JOIN ${city} ON ${city.id} = ${pc.cityId} WHERE ${pc.partnershipId} = ${partnerships.id}) AS "cities",
      (SELECT coalesce(array_agg(${partnershipThemes.themeKey} ORDER BY ${partnershipThemes.position}), '{}')
        FROM ${partnershipThemes} WHERE ${partnershipThemes.partnershipId} = ${partnerships.id}) AS "themes",
      ${agreementCount(partnerships.id)} AS "agreements",
      (SELECT count(*)::int FROM ${te} WHERE ${te.partnershipId} = ${partnerships.id}) AS "timelineEvents",
      ${organisationCountInCities(memberCityIds)} AS "organisations",
      (SELECT coalesce(json_agg(newest ORDER BY newest."ord"), '[]'::json) FROM (
        SELECT row_number() OVER (ORDER BY ${te.occurredOn} DESC, ${te.createdAt} DESC, ${te.id}) AS "ord", ${te.id} AS "id", ${te.kind} AS "kind", ${te.occurredOn} AS "occurredOn", ${te.title} AS "title", ${te.description} AS "description", ${te.originalLang} AS "originalLang"
        FROM ${te} WHERE ${te.partnershipId} = ${partnerships.id}
        ORDER BY ${te.occurredOn} DESC, ${te.createdAt} DESC, ${te.id} LIMIT 3) newest) AS "latest"
    FROM ${partnerships} WHERE ${inArray(partnerships.id, ids)}`)) as unknown as { rows: SummaryRow[] };
  const summaryRows = result.rows;
  const canRules = await partnershipCanRules();
  const byId = new Map(summaryRows.map((r) => [r.id, r]));

  return rows.map((row) => {
    const summary = byId.get(row.id);
    const members: CitySummary[] = summary?.cities ?? [];
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
      themes: summary?.themes ?? [],
      counts: {
        agreements: Number(summary?.agreements ?? 0),
        timelineEvents: Number(summary?.timelineEvents ?? 0),
        organisations: Number(summary?.organisations ?? 0),
      },
      latestEvents: (summary?.latest ?? []).map(presentLatestEvent),
      canEdit: can.edit,
      can,
    };
  });
}

/** A newest event as the list shows it: its title in its languages, its language recorded or detected. */
function presentLatestEvent({ description, title, originalLang, ord: _ord, ...event }: LatestEventJson) {
  const lang = recordLanguage(originalLang, [title, description], detectLanguage);
  return { ...event, kind: event.kind as TimelineEvent['kind'], title: textsByLanguage(title, lang), originalLang: lang };
}
