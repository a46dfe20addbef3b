import { sql } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { startPeriodicJob } from '../../shared/periodic-job.ts';

/** Shared by every Pontis process: one compaction at a time across servers. */
const COMPACTION_LOCK_KEY = 72_100_009;
const MINUTE = 60 * 1000;

/**
 * Folds the committed facet deltas (migration 0009: appended by the search_documents triggers,
 * without a lock) into the base rows of search_facet_totals, in one transaction, so readers see
 * either all deltas or the base rows that replace them, never both nor neither. Deltas of
 * transactions still open are invisible to the DELETE and stay for the next run. Another
 * process compacting at the same moment holds the advisory lock: this run then does nothing
 * (returns null) rather than wait. Base rows of months no reader asks for any more go too.
 */
export async function compactFacetTotals(db: Db): Promise<{ deltas: number } | null> {
  return db.transaction(async (tx) => {
    const claim = (await tx.execute(sql`SELECT pg_try_advisory_xact_lock(${COMPACTION_LOCK_KEY}) AS got`)) as unknown as { rows: { got: boolean }[] };
    if (!claim.rows[0].got) return null;
    const moved = (await tx.execute(sql`
      WITH moved AS (DELETE FROM search_facet_deltas RETURNING valid_month, dim, value, n),
      folded AS (
        INSERT INTO search_facet_totals (valid_month, dim, value, n)
        SELECT valid_month, dim, value, sum(n)::int FROM moved GROUP BY 1, 2, 3
        ON CONFLICT (valid_month, dim, value) DO UPDATE SET n = search_facet_totals.n + excluded.n
        RETURNING 1)
      SELECT (SELECT count(*) FROM moved)::int AS deltas, (SELECT count(*) FROM folded)::int AS folded`)) as unknown as { rows: { deltas: number }[] };
    // Readers count months after the current one; a month before the last is never read again.
    await tx.execute(sql`DELETE FROM search_facet_totals
      WHERE n = 0 OR valid_month < (date_trunc('month', current_date) - interval '1 month')::date`);
    return { deltas: Number(moved.rows[0].deltas) };
  });
}

/**
 * Compacts every minute, so that readers add up few deltas. Safe in several server processes:
 * the work is claimed in the database (compactFacetTotals).
 */
export function startFacetTotalsCompaction(db: Db, logger: { error(obj: object, msg: string): void }): () => Promise<void> {
  return startPeriodicJob('search facet compaction', MINUTE, logger, async () => {
    await compactFacetTotals(db);
  });
}
