import { count, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { ServiceContext } from '../../../shared/context.ts';
import { agreementDocuments, agreements } from './agreements.table.ts';

/** Id and title (text per language) of the agreements with these ids. */
export async function agreementTitles(ctx: ServiceContext, ids: string[]): Promise<{ id: string; title: unknown }[]> {
  return ctx.db.select({ id: agreements.id, title: agreements.title }).from(agreements).where(inArray(agreements.id, ids));
}

/** The partnership of an agreement, or null when there is no agreement with this id. */
export async function agreementPartnershipId(ctx: ServiceContext, id: string): Promise<string | null> {
  const [agreement] = await ctx.db.select({ partnershipId: agreements.partnershipId }).from(agreements).where(eq(agreements.id, id));
  return agreement?.partnershipId ?? null;
}

/** The agreement of an agreement document, or null when there is no document with this id. */
export async function agreementDocumentAgreementId(ctx: ServiceContext, id: string): Promise<string | null> {
  const [document] = await ctx.db.select({ agreementId: agreementDocuments.agreementId }).from(agreementDocuments).where(eq(agreementDocuments.id, id));
  return document?.agreementId ?? null;
}

/** How many agreements each of these partnerships has (partnerships without any are left out). */
export async function agreementCountsByPartnership(ctx: ServiceContext, partnershipIds: string[]): Promise<{ partnershipId: string; n: number }[]> {
  return ctx.db
    .select({ partnershipId: agreements.partnershipId, n: count() })
    .from(agreements)
    .where(inArray(agreements.partnershipId, partnershipIds))
    .groupBy(agreements.partnershipId);
}

/** How many agreements the partnership `partnershipId` (a column of the outer statement) has, as an expression. */
export function agreementCount(partnershipId: PgColumn | SQL): SQL<number> {
  return sql<number>`(SELECT count(*)::int FROM ${agreements} WHERE ${agreements.partnershipId} = ${partnershipId})`;
}
