import { inArray } from 'drizzle-orm';
import type { ServiceContext } from '../../shared/context.ts';
import { organisations } from './organisations.table.ts';

/** Id, key and city of the organisations with these keys (what canEditOrganisation needs), in no particular order. */
export async function organisationCitiesByKeys(ctx: Pick<ServiceContext, 'db'>, keys: string[]): Promise<{ id: string; key: string; cityId: string }[]> {
  return ctx.db
    .select({ id: organisations.id, key: organisations.key, cityId: organisations.cityId })
    .from(organisations)
    .where(inArray(organisations.key, keys));
}
