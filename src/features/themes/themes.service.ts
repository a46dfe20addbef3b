import { asc, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import type { ServiceContext } from '../../shared/context.ts';
import { themeCatalogue } from './theme-catalogue.ts';
import type { Theme } from './themes.schemas.ts';
import { themes } from './themes.table.ts';

/**
 * Brings the themes table in line with the catalogue: adds new themes and updates labels and
 * order. Themes no longer in the catalogue stay, because partnerships may still refer to them.
 * Safe to run at every start-up and from the demo seed.
 */
export async function syncThemes(db: Db): Promise<number> {
  const rows = themeCatalogue.map((t, i) => ({ key: t.key, labels: t.labels, sortOrder: (i + 1) * 10 }));
  await db
    .insert(themes)
    .values(rows)
    .onConflictDoUpdate({
      target: themes.key,
      set: { labels: sql`excluded.labels`, sortOrder: sql`excluded.sort_order` },
      // Themes already as shipped are not rewritten at every start.
      setWhere: sql`(${themes.labels}, ${themes.sortOrder}) IS DISTINCT FROM (excluded.labels, excluded.sort_order)`,
    });
  return rows.length;
}

export async function listThemes(ctx: ServiceContext): Promise<Theme[]> {
  return ctx.db.select({ key: themes.key, labels: themes.labels, sortOrder: themes.sortOrder }).from(themes).orderBy(asc(themes.sortOrder), asc(themes.key));
}

/** The subset of the given keys that exist, for validating references to themes. */
export async function existingThemeKeys(ctx: ServiceContext, keys: readonly string[]): Promise<Set<string>> {
  if (!keys.length) return new Set();
  const rows = await ctx.db
    .select({ key: themes.key })
    .from(themes)
    .where(inArray(themes.key, [...keys]));
  return new Set(rows.map((r) => r.key));
}
