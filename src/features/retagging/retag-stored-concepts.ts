import type { ServiceContext } from '../../shared/context.ts';
import { retagCalls } from '../calls/index.ts';
import { reindexAll } from '../search/index.ts';
import { conceptTaggerFor } from '../tagging/index.ts';
import { claimRetagWork, markRetagApplied, releaseRetagClaim } from '../taxonomy/index.ts';

/** Long enough for a full rebuild of a large registry and 11,000 calls; a dead process's claim runs out. */
const CLAIM_MINUTES = 30;

export interface RetagResult {
  revision: number;
  organisations: number;
  calls: number;
  retaggedCalls: number;
}

/**
 * After administrators added or removed synonyms (taxonomy_revision moved past applied_revision),
 * tags the stored data again: the search documents (which also feed matching and the radar's
 * organisation and partnership profiles) and the calls' concepts. One process at a time claims
 * the work; returns null when there is nothing to do or another process is at it. A synonym
 * changed while this runs moves the revision again, and the next run catches up.
 */
export async function retagStoredConcepts(ctx: ServiceContext): Promise<RetagResult | null> {
  const revision = await claimRetagWork(ctx, CLAIM_MINUTES);
  if (revision === null) return null;
  try {
    // Built from the synonyms committed now, which are at least those of `revision`.
    const tagger = await conceptTaggerFor(ctx);
    const search = await reindexAll(ctx);
    const calls = await retagCalls(ctx, tagger);
    await markRetagApplied(ctx, revision);
    return { revision, organisations: search.organisations, calls: calls.calls, retaggedCalls: calls.retagged };
  } finally {
    await releaseRetagClaim(ctx);
  }
}
