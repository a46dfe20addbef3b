import { inArray } from 'drizzle-orm';
import type { ServiceContext } from '../../shared/context.ts';
import { taxonomyConcepts } from './taxonomy.table.ts';

/** The domain of each stored taxonomy concept among these keys (unknown keys are left out). */
export async function conceptDomains(ctx: ServiceContext, keys: string[]): Promise<Map<string, string>> {
  if (keys.length === 0) return new Map();
  const rows = await ctx.db
    .select({ key: taxonomyConcepts.key, domain: taxonomyConcepts.domain })
    .from(taxonomyConcepts)
    .where(inArray(taxonomyConcepts.key, keys));
  return new Map(rows.map((r) => [r.key, r.domain]));
}
