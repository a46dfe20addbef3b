import { asc, eq } from 'drizzle-orm';
import type { ServiceContext } from '../../shared/context.ts';
import { invalid } from '../../shared/errors.ts';
import { citySummariesSubquery } from '../cities/index.ts';
import { acceptedIntroductionsWithinCities } from '../introductions/index.ts';
import { organisationProfilesInCities } from '../organisations/index.ts';
import { findPartnershipRow, partnershipMembersSubquery } from '../partnerships/index.ts';
import { conceptDomains } from '../taxonomy/index.ts';
import { listThemes } from '../themes/index.ts';
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
  const themeRows = await listThemes(ctx);
  const themeOrder = themeRows.map((r) => r.key);
  if (filter.theme && !themeOrder.includes(filter.theme)) {
    throw invalid([{ path: 'theme', rule: 'unknown_theme', message: `There is no theme “${filter.theme}”.` }]);
  }

  // The member cities in display order, joined with what is shown of each: one statement.
  const member = partnershipMembersSubquery(partnership.id, 'member');
  const city = citySummariesSubquery('city');
  const cityRows = await ctx.db
    .select({ id: city.id, key: city.key, name: city.name, country: city.country })
    .from(member)
    .innerJoin(city, eq(city.id, member.cityId))
    .orderBy(asc(member.position), asc(city.name));
  const cityIds = cityRows.map((c) => c.id);

  const orgRows = await organisationProfilesInCities(ctx, cityIds);

  // Both ends inside the partnership's cities: a tie to an organisation elsewhere belongs to
  // another partnership's network.
  const accepted = await acceptedIntroductionsWithinCities(ctx, cityIds);

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
