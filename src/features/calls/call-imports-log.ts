import { desc } from 'drizzle-orm';
import type { ServiceContext } from '../../shared/context.ts';
import { requireCallManager } from './calls-policy.ts';
import { callImports } from './calls.table.ts';
import { presentCallImport } from './present-call.ts';

/** The last 20 import and sync runs, newest first. Administrators only. */
export async function listCallImports(ctx: ServiceContext) {
  requireCallManager(ctx.actor);
  const rows = await ctx.db.select().from(callImports).orderBy(desc(callImports.startedAt), desc(callImports.id)).limit(20);
  return { items: rows.map(presentCallImport) };
}
