import { and, asc, eq, inArray } from 'drizzle-orm';
import type { ServiceContext } from '../../shared/context.ts';
import type { OrganisationItemRecord, OrganisationRecord } from './organisation-records.ts';
import { organisationItems, organisations } from './organisations.table.ts';

export type OrganisationWithItems = OrganisationRecord & { items: OrganisationItemRecord[] };

/**
 * The stored organisations with these keys (every organisation without `keys`) with their offers
 * and requests in position order, in no particular order: whole records, for the interchange export
 * and the importers that compare a file with what is stored. Two reads. `approvedItemsOnly` (the
 * export) leaves out items in review, returned or drafts, which are not published.
 */
export async function organisationsWithItems(
  ctx: Pick<ServiceContext, 'db'>,
  keys?: string[],
  options: { approvedItemsOnly?: boolean } = {},
): Promise<OrganisationWithItems[]> {
  if (keys?.length === 0) return [];
  const rows = await ctx.db
    .select()
    .from(organisations)
    .where(keys ? inArray(organisations.key, keys) : undefined);
  const ids = rows.map((r) => r.id);
  const items = new Map<string, OrganisationItemRecord[]>();
  if (ids.length) {
    const stored = await ctx.db
      .select()
      .from(organisationItems)
      .where(and(inArray(organisationItems.organisationId, ids), options.approvedItemsOnly ? eq(organisationItems.status, 'approved') : undefined))
      .orderBy(asc(organisationItems.position), asc(organisationItems.id));
    for (const item of stored) items.set(item.organisationId, [...(items.get(item.organisationId) ?? []), item]);
  }
  return rows.map((row) => ({ ...row, items: items.get(row.id) ?? [] }));
}
