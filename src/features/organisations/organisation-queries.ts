import { eq, inArray } from 'drizzle-orm';
import type { ServiceContext } from '../../shared/context.ts';
import { organisations } from './organisations.table.ts';

/** Id, key and name of the organisations with these ids (by 'id') or keys (by 'key'). */
export async function organisationNames(ctx: ServiceContext, by: 'id' | 'key', values: string[]): Promise<{ id: string; key: string; name: string }[]> {
  return ctx.db
    .select({ id: organisations.id, key: organisations.key, name: organisations.name })
    .from(organisations)
    .where(inArray(by === 'id' ? organisations.id : organisations.key, values));
}

/** The city of an organisation, or null when there is no organisation with this id. */
export async function organisationCityId(ctx: ServiceContext, id: string): Promise<string | null> {
  const [org] = await ctx.db.select({ cityId: organisations.cityId }).from(organisations).where(eq(organisations.id, id));
  return org?.cityId ?? null;
}
