import { inArray } from 'drizzle-orm';
import type { ServiceContext } from '../../shared/context.ts';
import { partnershipThemes } from './partnerships.table.ts';

/**
 * The theme keys of these partnerships, one per partnership and theme, in no particular order
 * (a key shared by two partnerships comes twice).
 */
export async function partnershipThemeKeys(ctx: ServiceContext, partnershipIds: readonly string[]): Promise<string[]> {
  const rows = await ctx.db
    .select({ key: partnershipThemes.themeKey })
    .from(partnershipThemes)
    .where(inArray(partnershipThemes.partnershipId, [...partnershipIds]));
  return rows.map((r) => r.key);
}
