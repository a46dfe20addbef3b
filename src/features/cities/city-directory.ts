import { count } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import type { ServiceContext } from '../../shared/context.ts';
import { cities } from './cities.table.ts';

// The whole list of cities, for the importers that resolve a file's city references against it.

/** Id, key and name of every city, in no particular order. */
export async function allCityNames(ctx: Pick<ServiceContext, 'db'>): Promise<{ id: string; key: string; name: string }[]> {
  return ctx.db.select({ id: cities.id, key: cities.key, name: cities.name }).from(cities);
}

/** How many cities there are (none: the first run of a new installation). */
export async function cityCount(db: Db): Promise<number> {
  const [{ n }] = await db.select({ n: count() }).from(cities);
  return n;
}
