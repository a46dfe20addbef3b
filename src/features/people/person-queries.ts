import { eq, inArray } from 'drizzle-orm';
import type { ServiceContext } from '../../shared/context.ts';
import { people } from './people.table.ts';

/** Id and name of the person records with these ids. */
export async function personNames(ctx: ServiceContext, ids: string[]): Promise<{ id: string; name: string }[]> {
  return ctx.db.select({ id: people.id, name: people.name }).from(people).where(inArray(people.id, ids));
}

/** Whose a person record is (its city and organisation), or null when there is no such record. */
export async function personOwnership(ctx: ServiceContext, id: string): Promise<{ cityId: string; organisationId: string | null } | null> {
  const [person] = await ctx.db.select({ cityId: people.cityId, organisationId: people.organisationId }).from(people).where(eq(people.id, id));
  return person ?? null;
}
