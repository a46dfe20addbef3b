import { asc, inArray } from 'drizzle-orm';
import type { ServiceContext } from '../../shared/context.ts';
import { organisations } from './organisations.table.ts';

/** Id, key, name, kind, city, themes and concepts of the organisations in these cities, by name then id. */
export async function organisationProfilesInCities(
  ctx: ServiceContext,
  cityIds: string[],
): Promise<{ id: string; key: string; name: string; kind: string; cityId: string; themes: string[]; concepts: string[] }[]> {
  if (!cityIds.length) return [];
  return ctx.db
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
    .orderBy(asc(organisations.name), asc(organisations.id));
}
