import { inArray } from 'drizzle-orm';
import type { ServiceContext } from '../../shared/context.ts';
import { themes } from './themes.table.ts';

/** Key and labels (per language) of the themes with these keys. */
export async function themeLabels(ctx: ServiceContext, keys: string[]): Promise<{ key: string; labels: Record<string, string> }[]> {
  return ctx.db.select({ key: themes.key, labels: themes.labels }).from(themes).where(inArray(themes.key, keys));
}
