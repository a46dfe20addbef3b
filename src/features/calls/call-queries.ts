import { inArray } from 'drizzle-orm';
import type { ServiceContext } from '../../shared/context.ts';
import { fundingCalls } from './calls.table.ts';

/** Id and title of the funding calls with these ids. */
export async function callTitles(ctx: ServiceContext, ids: string[]): Promise<{ id: string; title: string }[]> {
  return ctx.db.select({ id: fundingCalls.id, title: fundingCalls.title }).from(fundingCalls).where(inArray(fundingCalls.id, ids));
}
