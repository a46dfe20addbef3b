import { eq, sql } from 'drizzle-orm';
import type { ServiceContext } from '../../shared/context.ts';
import { taxonomyRevision } from './taxonomy.table.ts';

/**
 * The synonyms' revision: bumped in the same transaction as every synonym change, so that each
 * process knows when to rebuild its tagger. One primary-key read, cheap enough for every call.
 */
export async function taxonomyRevisionNumber(ctx: Pick<ServiceContext, 'db'>): Promise<number> {
  const [row] = await ctx.db.select({ revision: taxonomyRevision.revision }).from(taxonomyRevision);
  return Number(row?.revision ?? 0);
}

/**
 * Claims the retagging of the stored data for `minutes` when the revision moved past the one
 * last applied and no live claim exists; returns the revision to apply, or null when there is
 * nothing to do or another process holds the claim (it runs out if that process died).
 */
export async function claimRetagWork(ctx: Pick<ServiceContext, 'db'>, minutes: number): Promise<number | null> {
  const [claimed] = await ctx.db
    .update(taxonomyRevision)
    .set({ retagClaimedUntil: sql`now() + make_interval(mins => ${minutes})` })
    .where(
      sql`${taxonomyRevision.id} AND ${taxonomyRevision.appliedRevision} < ${taxonomyRevision.revision}
        AND (${taxonomyRevision.retagClaimedUntil} IS NULL OR ${taxonomyRevision.retagClaimedUntil} < now())`,
    )
    .returning({ revision: taxonomyRevision.revision });
  return claimed ? Number(claimed.revision) : null;
}

/** Records that the stored data was tagged again with `revision` (never moving it backwards). */
export async function markRetagApplied(ctx: Pick<ServiceContext, 'db'>, revision: number): Promise<void> {
  await ctx.db
    .update(taxonomyRevision)
    .set({ appliedRevision: sql`GREATEST(${taxonomyRevision.appliedRevision}, ${revision})` })
    .where(eq(taxonomyRevision.id, true));
}

/** Gives up the retagging claim, done or failed, so that the next run need not wait for it to run out. */
export async function releaseRetagClaim(ctx: Pick<ServiceContext, 'db'>): Promise<void> {
  await ctx.db.update(taxonomyRevision).set({ retagClaimedUntil: null }).where(eq(taxonomyRevision.id, true));
}
