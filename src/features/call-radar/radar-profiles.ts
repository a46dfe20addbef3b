import { eq, inArray, or, sql } from 'drizzle-orm';
import type { ServiceContext } from '../../shared/context.ts';
import { forbidden, notFound } from '../../shared/errors.ts';
import { isUuid } from '../../shared/uuid.ts';
import { citySummariesSubquery } from '../cities/index.ts';
import { approvedItemConceptsSubquery, findOrganisation, organisationProfileRowsSubquery } from '../organisations/index.ts';
import {
  citiesSharingAPartnershipWith,
  partnershipMembersSubquery,
  partnershipNamesSubquery,
  partnershipsOfCity,
  partnershipThemeKeys,
} from '../partnerships/index.ts';
import { canReadProject, loadProjectFacts, projectTopic } from '../projects/index.ts';
import { profileDocumentsSubquery } from '../search/index.ts';
import { conceptTaggerFor } from '../tagging/index.ts';
import { getTaxonomy } from '../taxonomy/index.ts';
import { conceptKeysForTheme } from '../taxonomy/index.ts';
import { canUseOrganisationRadar, canUsePartnershipRadar, canUseTextRadar } from './call-radar-policy.ts';
import { weightsFromCounts, type RadarProfile } from './rank-calls.ts';

function themeTargets(themeKeys: readonly string[]): RadarProfile['themes'] {
  const taxonomy = getTaxonomy();
  return [...new Set(themeKeys)].map((key) => ({ key, concepts: conceptKeysForTheme(key, taxonomy.conceptsInDomain) }));
}

/**
 * How many organisations have each concept, in their profile or a published offer or request:
 * the concepts editors confirmed and those the tagger inferred, as the search index holds them
 * (search_documents; the matching engine reads the same). Confirmed concepts alone leave most
 * organisations without any, since imports and most editors never confirm one.
 */
async function conceptCounts(
  ctx: ServiceContext,
  scope: { organisationIds: readonly string[] } | { cityIds: readonly string[] },
): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  const byCity = 'cityIds' in scope;
  const ids = byCity ? scope.cityIds : scope.organisationIds;
  if (!ids.length) return counts;
  // A Postgres array literal: the ids come from the database, so they are uuids.
  const list = `{${ids.join(',')}}`;
  const inScope = byCity ? sql`o.city_id = ANY(${list}::uuid[])` : sql`o.id = ANY(${list}::uuid[])`;
  // The confirmed concepts are read as well: the index is rebuilt on every write, but a concept
  // confirmed a moment ago must count even where it has not been reindexed. The tables are read
  // through their owners' subqueries (flattened by PostgreSQL: one statement, the same plan).
  const organisationO = organisationProfileRowsSubquery('o');
  const rows = (await ctx.db.execute(sql`
    SELECT concept, count(DISTINCT organisation_id)::int AS n FROM (
      SELECT d.organisation_id, unnest(d.concepts) AS concept
        FROM ${profileDocumentsSubquery('d', { standingOnly: false })} JOIN ${organisationO} ON o.id = d.organisation_id
       WHERE ${inScope}
      UNION ALL
      SELECT o.id, unnest(o.concepts) FROM ${organisationO} WHERE ${inScope}
      UNION ALL
      SELECT o.id, unnest(i.concepts) FROM ${approvedItemConceptsSubquery('i')} JOIN ${organisationO} ON o.id = i.organisation_id
       WHERE ${inScope}
    ) c GROUP BY concept`)) as unknown as { rows: { concept: string; n: number }[] };
  for (const r of rows.rows) counts.set(r.concept, Number(r.n));
  return counts;
}

async function findPartnership(ctx: ServiceContext, ref: string) {
  const partnerships = partnershipNamesSubquery();
  const [p] = await ctx.db
    .select({ id: partnerships.id, key: partnerships.key, name: partnerships.name })
    .from(partnerships)
    .where(isUuid(ref) ? or(eq(partnerships.id, ref), eq(partnerships.key, ref)) : eq(partnerships.key, ref));
  if (!p) throw notFound('The partnership');
  const member = partnershipMembersSubquery(p.id);
  const city = citySummariesSubquery();
  const cityRows = await ctx.db.select({ id: city.id, country: city.country }).from(member).innerJoin(city, eq(city.id, member.cityId));
  return { ...p, cityIds: cityRows.map((c) => c.id), countries: cityRows.map((c) => c.country) };
}

/** The partnership (by key or id) with its cities, refused to users outside its cities. */
export async function partnershipForRadar(ctx: ServiceContext, ref: string) {
  const p = await findPartnership(ctx, ref);
  if (!canUsePartnershipRadar(ctx.actor, p.cityIds)) throw forbidden('Only users of the partnership’s cities can use its radar and calendar.');
  return p;
}

async function themesOf(ctx: ServiceContext, partnershipIds: readonly string[]): Promise<string[]> {
  if (!partnershipIds.length) return [];
  return [...new Set(await partnershipThemeKeys(ctx, partnershipIds))];
}

/** Partnership: its themes and the concepts of its cities' organisations, weighted by how many have them. */
export async function partnershipProfile(ctx: ServiceContext, ref: string): Promise<RadarProfile> {
  const p = await partnershipForRadar(ctx, ref);
  return {
    concepts: weightsFromCounts(await conceptCounts(ctx, { cityIds: p.cityIds })),
    themes: themeTargets(await themesOf(ctx, [p.id])),
    countries: p.countries,
    forCities: true,
  };
}

/** Organisation: its own concepts and its items', and the themes of its city's partnerships. */
export async function organisationProfile(ctx: ServiceContext, ref: string): Promise<RadarProfile> {
  if (!canUseOrganisationRadar(ctx.actor)) throw forbidden();
  const org = await findOrganisation(ctx.db, ref);
  if (!org) throw notFound('The organisation');
  const cities = citySummariesSubquery();
  const [{ country }] = await ctx.db.select({ country: cities.country }).from(cities).where(eq(cities.id, org.cityId));
  const cityPartnerships = await partnershipsOfCity(ctx, org.cityId);
  // The member cities of those partnerships are the cities sharing a partnership with this one.
  const partnerCountries = cityPartnerships.length
    ? await ctx.db
        .selectDistinct({ country: cities.country })
        .from(cities)
        .where(inArray(cities.id, citiesSharingAPartnershipWith(org.cityId)))
    : [];
  return {
    concepts: weightsFromCounts(await conceptCounts(ctx, { organisationIds: [org.id] })),
    themes: themeTargets(
      await themesOf(
        ctx,
        cityPartnerships.map((p) => p.id),
      ),
    ),
    countries: [country, ...partnerCountries.map((c) => c.country)],
  };
}

async function taggedConcepts(ctx: ServiceContext, text: string): Promise<Map<string, number>> {
  const tagger = await conceptTaggerFor(ctx);
  const weights = new Map<string, number>();
  for (const c of tagger.tag(text).concepts) weights.set(c.key, Math.max(0.3, c.confidence));
  return weights;
}

/** Project: its concepts and themes, the concepts tagged in its title and summary, its partnership's countries. */
export async function projectProfile(ctx: ServiceContext, projectId: string): Promise<RadarProfile> {
  const facts = await loadProjectFacts(ctx, projectId);
  if (!canReadProject(ctx.actor, facts)) throw notFound('The project');
  const project = await projectTopic(ctx, projectId);
  const concepts = await taggedConcepts(ctx, `${project.title}\n${project.summary}`);
  for (const c of project.concepts) concepts.set(c, 1);
  const cities = citySummariesSubquery();
  const countryRows = facts.partnershipCityIds.length
    ? await ctx.db
        .select({ country: cities.country })
        .from(cities)
        .where(inArray(cities.id, [...facts.partnershipCityIds]))
    : [];
  const themes = project.themes.length ? project.themes : await themesOf(ctx, [facts.partnershipId]);
  return { concepts, themes: themeTargets(themes), countries: countryRows.map((c) => c.country) };
}

/** A free-text idea: the concepts the tagger finds in it (de, ro, en or hu). */
export async function textProfile(ctx: ServiceContext, text: string): Promise<RadarProfile> {
  if (!canUseTextRadar(ctx.actor)) throw forbidden();
  return { concepts: await taggedConcepts(ctx, text), themes: [], countries: [] };
}
