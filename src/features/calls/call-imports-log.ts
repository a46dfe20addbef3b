import { desc } from 'drizzle-orm';
import type { ServiceContext } from '../../shared/context.ts';
import { requireCallManager } from './calls-policy.ts';
import { callImports } from './calls.table.ts';
import { presentCallImport } from './present-call.ts';

/** The last 20 import and sync runs, newest first; a run whose process is gone reads as interrupted. Administrators only. */
export async function listCallImports(ctx: ServiceContext, now = new Date()) {
  requireCallManager(ctx.actor);
  const rows = await ctx.db.select().from(callImports).orderBy(desc(callImports.startedAt), desc(callImports.id)).limit(20);
  return { items: rows.map((row) => presentCallImport(row, now)) };
}
