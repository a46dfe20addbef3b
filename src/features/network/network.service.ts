import { and, asc, eq, inArray } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { ServiceContext } from '../../shared/context.ts';
import { invalid } from '../../shared/errors.ts';
import { cities } from '../cities/cities.table.ts';
import { introductions } from '../introductions/introductions.table.ts';
import { organisations } from '../organisations/organisations.table.ts';
import { findPartnershipRow } from '../partnerships/index.ts';
import { partnershipCities } from '../partnerships/partnerships.table.ts';
import { taxonomyConcepts } from '../taxonomy/taxonomy.table.ts';
import { themes } from '../themes/themes.table.ts';
import { filterNetwork, networkFigures, tiesFromIntroductions } from './network-graph.ts';
import { layoutNetwork } from './network-layout.ts';
import { canSeeNetworkTies } from './network-policy.ts';
import type { NetworkQuery, PartnershipNetwork } from './network.schemas.ts';

/**
 * The network of a partnership: the organisations of its cities as nodes, accepted introductions
 * between them as ties, and the key figures, all for the organisations that match the filter.
 * Public like the partnership; the ties themselves only for callers that canSeeNetworkTies.
 */
export async function getPartnershipNetwork(ctx: ServiceContext, idOrKey: string, filter: NetworkQuery): Promise<PartnershipNetwork> {
  const partnership = await findPartnershipRow(ctx, idOrKey);
  const themeRows = await ctx.db.select({ key: themes.key }).from(themes).orderBy(asc(themes.sortOrder), asc(themes.key));
  const themeOrder = themeRows.map((r) => r.key);
  if (filter.theme && !themeOrder.includes(filter.theme)) {
    throw invalid([{ path: 'theme', rule: 'unknown_theme', message: `There is no theme “${filter.theme}”.` }]);
  }

  const cityRows = await ctx.db
    .select({ id: cities.id, key: cities.key, name: cities.name, country: cities.country })
    .from(partnershipCities)
    .innerJoin(cities, eq(cities.id, partnershipCities.cityId))
    .where(eq(partnershipCities.partnershipId, partnership.id))
    .orderBy(asc(partnershipCities.position), asc(cities.name));
  const cityIds = cityRows.map((c) => c.id);

  const orgRows = cityIds.length
    ? await ctx.db
        .select({
          id: organisations.id,
          key: organisations.key,
          name: organisations.name,
          kind: organisations.kind,
          cityId: organisations.cityId,
          themes: organisations.themes,
          concepts: organisations.concepts,
        })
        .from(organisations)
        .where(inArray(organisations.cityId, cityIds))
        .orderBy(asc(organisations.name), asc(organisations.id))
    : [];

  // Both ends inside the partnership's cities: a tie to an organisation elsewhere belongs to
  // another partnership's network. Joined by city rather than by a list of organisation ids, so
  // that a partnership of thousands of organisations is still one short statement.
  const fromOrg = alias(organisations, 'from_org');
  const toOrg = alias(organisations, 'to_org');
  const accepted = cityIds.length
    ? await ctx.db
        .select({ fromId: introductions.fromOrganisationId, toId: introductions.toOrganisationId, stage: introductions.stage })
        .from(introductions)
        .innerJoin(fromOrg, eq(fromOrg.id, introductions.fromOrganisationId))
        .innerJoin(toOrg, eq(toOrg.id, introductions.toOrganisationId))
        .where(and(eq(introductions.status, 'accepted'), inArray(fromOrg.cityId, cityIds), inArray(toOrg.cityId, cityIds)))
    : [];

  const { organisations: shown, ties } = filterNetwork(orgRows, tiesFromIntroductions(accepted), filter);
  const figures = networkFigures(shown, ties, cityIds);
  // The layout of the whole partnership, so that filtering hides nodes but moves none.
  const layout = layoutNetwork(cityIds, orgRows, themeOrder);
  const domainOf = await conceptDomains(ctx, [...new Set(shown.flatMap((o) => o.concepts))]);
  const tiesVisible = canSeeNetworkTies(ctx.actor, cityIds);
  const cityOf = new Map(shown.map((o) => [o.id, o.cityId]));

  return {
    partnership: { id: partnership.id, key: partnership.key, name: partnership.name },
    filters: { theme: filter.theme || null, kind: filter.kind ?? null },
    tiesVisible,
    cities: cityRows,
    nodes: shown.map((o) => ({
      id: o.id,
      key: o.key,
      name: o.name,
      kind: o.kind,
      cityId: o.cityId,
      themes: o.themes,
      concepts: o.concepts,
      domains: [...new Set(o.concepts.map((c) => domainOf.get(c)).filter((d): d is string => !!d))].sort(),
      degree: tiesVisible ? figures.degree.get(o.id)! : null,
      ...layout.get(o.id)!,
    })),
    edges: tiesVisible ? ties.map((t) => ({ ...t, crossCity: cityOf.get(t.source) !== cityOf.get(t.target) })) : [],
    figures: {
      organisations: figures.organisations,
      ties: figures.ties,
      crossCityTies: figures.crossCityTies,
      strongTies: figures.strongTies,
      tiedShare: figures.tiedShare,
      themeBridgeCount: figures.themeBridges.length,
      themeBridges: tiesVisible ? figures.themeBridges : [],
    },
  };
}

async function conceptDomains(ctx: ServiceContext, keys: string[]): Promise<Map<string, string>> {
  if (keys.length === 0) return new Map();
  const rows = await ctx.db
    .select({ key: taxonomyConcepts.key, domain: taxonomyConcepts.domain })
    .from(taxonomyConcepts)
    .where(inArray(taxonomyConcepts.key, keys));
  return new Map(rows.map((r) => [r.key, r.domain]));
}
