import { inArray } from 'drizzle-orm';
import type { ServiceContext } from '../../shared/context.ts';
import { taxonomyConcepts } from './taxonomy.table.ts';

/** Key and labels (per language) of the taxonomy concepts with these keys. */
export async function conceptLabels(ctx: ServiceContext, keys: string[]): Promise<{ key: string; labels: Record<string, string> }[]> {
  const rows = await ctx.db
    .select({ key: taxonomyConcepts.key, labels: taxonomyConcepts.labels })
    .from(taxonomyConcepts)
    .where(inArray(taxonomyConcepts.key, keys));
  return rows.map((row) => ({ key: row.key, labels: row.labels as Record<string, string> }));
}
