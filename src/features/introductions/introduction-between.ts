import { and, eq, or } from 'drizzle-orm';
import type { ServiceContext } from '../../shared/context.ts';
import { introductions } from './introductions.table.ts';

/** Whether two organisations have an introduction, whichever asked and whatever became of it. */
export async function introductionExistsBetween(ctx: Pick<ServiceContext, 'db'>, a: string, b: string): Promise<boolean> {
  const rows = await ctx.db
    .select({ id: introductions.id })
    .from(introductions)
    .where(
      or(
        and(eq(introductions.fromOrganisationId, a), eq(introductions.toOrganisationId, b)),
        and(eq(introductions.fromOrganisationId, b), eq(introductions.toOrganisationId, a)),
      ),
    )
    .limit(1);
  return rows.length > 0;
}
