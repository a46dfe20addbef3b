import { sql } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { partnershipCities, partnerships, partnershipThemes } from './partnerships.table.ts';

/**
 * The cities that share a partnership (not ended) with the city, never the city itself, each
 * with the focus themes of those partnerships; ordered by city id. The matching engine looks for
 * candidates in them.
 */
export async function partnerCitiesWithThemes(db: Db, cityId: string): Promise<{ cityId: string; themes: string[] }[]> {
  const result = (await db.execute(sql`
    SELECT other.city_id, array_remove(array_agg(DISTINCT pt.theme_key), NULL) AS themes
    FROM ${partnershipCities} own
    JOIN ${partnerships} p ON p.id = own.partnership_id AND p.status <> 'ended'
    JOIN ${partnershipCities} other ON other.partnership_id = own.partnership_id AND other.city_id <> own.city_id
    LEFT JOIN ${partnershipThemes} pt ON pt.partnership_id = p.id
    WHERE own.city_id = ${cityId}
    GROUP BY other.city_id
    ORDER BY other.city_id`)) as unknown as { rows: { city_id: string; themes: string[] | null }[] };
  return result.rows.map((r) => ({ cityId: r.city_id, themes: r.themes ?? [] }));
}
