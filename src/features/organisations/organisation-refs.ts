import { inArray } from 'drizzle-orm';
import type { ServiceContext } from '../../shared/context.ts';
import type { OrganisationRef } from './find-organisation.ts';
import { organisations } from './organisations.table.ts';

/** Id, key, name and city of the organisations with these ids (in no particular order; unknown ids are left out). */
export async function organisationRefsByIds(ctx: ServiceContext, ids: readonly string[]): Promise<OrganisationRef[]> {
  if (!ids.length) return [];
  return ctx.db
    .select({ id: organisations.id, key: organisations.key, cityId: organisations.cityId, name: organisations.name })
    .from(organisations)
    .where(inArray(organisations.id, [...ids]));
}
