import { inArray } from 'drizzle-orm';
import type { ServiceContext } from '../../shared/context.ts';
import { organisations } from './organisations.table.ts';

/** Id, name, kind and city of the organisations with these ids (e.g. a participant's organisation, counted by kind for funders). */
export async function organisationNamesAndKinds(ctx: ServiceContext, ids: string[]): Promise<{ id: string; name: string; kind: string; cityId: string }[]> {
  if (!ids.length) return [];
  return ctx.db
    .select({ id: organisations.id, name: organisations.name, kind: organisations.kind, cityId: organisations.cityId })
    .from(organisations)
    .where(inArray(organisations.id, ids));
}
