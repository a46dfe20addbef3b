import { asc, inArray } from 'drizzle-orm';
import type { ServiceContext } from '../../shared/context.ts';
import { partnershipCities, partnershipThemes, partnerships } from './partnerships.table.ts';

export type PartnershipWithMembers = typeof partnerships.$inferSelect & {
  /** Member cities by id, in position order. */
  members: { cityId: string; position: number }[];
  /** Theme keys, in position order. */
  themes: { themeKey: string; position: number }[];
};

/**
 * The stored partnerships with these keys (every partnership without `keys`) with their member
 * cities and themes, in no particular order: whole records, for the interchange export and import.
 * Three reads (one when none is found).
 */
export async function partnershipsWithMembers(ctx: Pick<ServiceContext, 'db'>, keys?: string[]): Promise<PartnershipWithMembers[]> {
  if (keys?.length === 0) return [];
  const rows = await ctx.db
    .select()
    .from(partnerships)
    .where(keys ? inArray(partnerships.key, keys) : undefined);
  const ids = rows.map((r) => r.id);
  if (!ids.length) return [];
  const members = await ctx.db
    .select({ partnershipId: partnershipCities.partnershipId, cityId: partnershipCities.cityId, position: partnershipCities.position })
    .from(partnershipCities)
    .where(inArray(partnershipCities.partnershipId, ids))
    .orderBy(asc(partnershipCities.position));
  const themes = await ctx.db
    .select({ partnershipId: partnershipThemes.partnershipId, themeKey: partnershipThemes.themeKey, position: partnershipThemes.position })
    .from(partnershipThemes)
    .where(inArray(partnershipThemes.partnershipId, ids))
    .orderBy(asc(partnershipThemes.position));
  return rows.map((row) => ({
    ...row,
    members: members.filter((m) => m.partnershipId === row.id).map(({ cityId, position }) => ({ cityId, position })),
    themes: themes.filter((t) => t.partnershipId === row.id).map(({ themeKey, position }) => ({ themeKey, position })),
  }));
}
