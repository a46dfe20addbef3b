import { eq, like, or } from 'drizzle-orm';
import type { ServiceContext } from '../../shared/context.ts';
import { duplicate } from '../../shared/errors.ts';
import { keyFromName } from '../../shared/text-normalize.ts';
import { activities } from './activities.table.ts';

const KEY_MAX = 100;

/** `base`, else `base-2`, `base-3`… : the first that no activity uses (pure). */
export function firstFreeKey(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const candidate = `${base.slice(0, KEY_MAX - suffix.length).replace(/-+$/, '')}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/**
 * The interchange key of a new activity: the one given (409 naming `key` when taken), else one
 * made from the title. Two writers racing for the same made key meet at the unique index (409).
 */
export async function newActivityKey(ctx: ServiceContext, given: string | undefined, title: string): Promise<string> {
  if (given) {
    const [taken] = await ctx.db.select({ id: activities.id }).from(activities).where(eq(activities.key, given));
    if (taken) throw duplicate('key', `Another activity has the key "${given}".`);
    return given;
  }
  const base =
    keyFromName(title)
      .slice(0, KEY_MAX - 4)
      .replace(/-+$/, '') || 'activity';
  const rows = await ctx.db
    .select({ key: activities.key })
    .from(activities)
    .where(or(eq(activities.key, base), like(activities.key, `${base}-%`)));
  return firstFreeKey(base, new Set(rows.map((r) => r.key)));
}
