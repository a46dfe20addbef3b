import { and, asc, eq, gt, inArray, sql } from 'drizzle-orm';
import type { ServiceContext } from '../../shared/context.ts';
import { organisationItems, organisations } from './organisations.table.ts';

// Whole stored records, for features that rebuild rows derived from them (the search index).

export type OrganisationRecord = typeof organisations.$inferSelect;
export type OrganisationItemRecord = typeof organisationItems.$inferSelect;

/** The stored organisations with these ids, in no particular order. */
export async function organisationRecordsByIds(ctx: ServiceContext, ids: string[]): Promise<OrganisationRecord[]> {
  return ctx.db.select().from(organisations).where(inArray(organisations.id, ids));
}

/** The approved (published) offers and requests of these organisations, by organisation, direction and position. */
export async function approvedItemsOfOrganisations(ctx: ServiceContext, organisationIds: string[]): Promise<OrganisationItemRecord[]> {
  return ctx.db
    .select()
    .from(organisationItems)
    .where(and(inArray(organisationItems.organisationId, organisationIds), eq(organisationItems.status, 'approved')))
    .orderBy(asc(organisationItems.organisationId), asc(organisationItems.direction), asc(organisationItems.position));
}

/** One page of organisation ids in id order: the first `limit` after `after` (from the start without it). */
export async function organisationIdsAfter(ctx: ServiceContext, after: string | undefined, limit: number): Promise<string[]> {
  const rows = await ctx.db
    .select({ id: organisations.id })
    .from(organisations)
    .where(after ? gt(organisations.id, after) : undefined)
    .orderBy(asc(organisations.id))
    .limit(limit);
  return rows.map((r) => r.id);
}

/** How many organisations there are. */
export async function organisationCount(ctx: ServiceContext): Promise<number> {
  const [{ total }] = await ctx.db.select({ total: sql<number>`count(*)::int` }).from(organisations);
  return Number(total);
}

/** Whether there is any organisation at all (one row is read). */
export async function anyOrganisationExists(ctx: ServiceContext): Promise<boolean> {
  const [row] = await ctx.db.select({ id: organisations.id }).from(organisations).limit(1);
  return !!row;
}
