import { eq, inArray } from 'drizzle-orm';
import { QueryBuilder } from 'drizzle-orm/pg-core';
import type { ServiceContext } from '../../shared/context.ts';
import { organisationItems, type ItemStatus } from './organisations.table.ts';

/**
 * Offers and requests (id, organisation, direction, title, text) as a subquery another feature
 * joins in its own statement when it shows the item a row refers to.
 */
export function itemSummariesSubquery<TAlias extends string = 'item'>(alias: TAlias = 'item' as TAlias) {
  return new QueryBuilder()
    .select({
      id: organisationItems.id,
      organisationId: organisationItems.organisationId,
      direction: organisationItems.direction,
      title: organisationItems.title,
      text: organisationItems.text,
    })
    .from(organisationItems)
    .as(alias);
}

/** Whose an offer or request is and its review state, or null when there is no item with this id. */
export async function itemOwnerAndStatus(ctx: ServiceContext, id: string): Promise<{ organisationId: string; status: ItemStatus } | null> {
  const [item] = await ctx.db
    .select({ organisationId: organisationItems.organisationId, status: organisationItems.status })
    .from(organisationItems)
    .where(eq(organisationItems.id, id));
  return item ?? null;
}

/** The valid-until day of each offer or request among these ids that has one (one statement: callers slice long lists). */
export async function itemValidUntilDays(ctx: ServiceContext, ids: string[]): Promise<{ id: string; validUntil: string }[]> {
  if (!ids.length) return [];
  const rows = await ctx.db
    .select({ id: organisationItems.id, validUntil: organisationItems.validUntil })
    .from(organisationItems)
    .where(inArray(organisationItems.id, ids));
  return rows.filter((r): r is { id: string; validUntil: string } => r.validUntil !== null);
}
