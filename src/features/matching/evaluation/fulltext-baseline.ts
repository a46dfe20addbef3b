/**
 * The baseline a database gives for free: PostgreSQL full text search. The query organisation's
 * whole text becomes one OR query (words of four letters or more, the short ones standing in for
 * stop words), matched against one `to_tsvector('simple', unaccent(text))` per candidate and
 * ranked by ts_rank. No stemming, no concepts, no languages: the 'simple' configuration on both
 * engines. The candidates' texts are passed as two array parameters, so no table is read.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../../../db/database.ts';

const wordsOf = (text: string) => [...new Set(text.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 4))];

/** A PostgreSQL array literal: one bound parameter however many elements (as match-candidates.ts does). */
const arrayLiteral = (values: readonly string[]) => `{${values.map((v) => `"${v.replace(/["\\]/g, (c) => `\\${c}`)}"`).join(',')}}`;

export async function fullTextRanking(db: Db, queryText: string, candidates: readonly { key: string; text: string }[], limit: number): Promise<string[]> {
  const words = wordsOf(queryText);
  if (!words.length || !candidates.length) return [];
  const keys = arrayLiteral(candidates.map((c) => c.key));
  const texts = arrayLiteral(candidates.map((c) => c.text));
  const result = (await db.execute(sql`
    SELECT d.key, ts_rank(d.vector, q.query) AS rank
    FROM (SELECT key, to_tsvector('simple', unaccent(body)) AS vector FROM unnest(${keys}::text[], ${texts}::text[]) AS t(key, body)) AS d,
      websearch_to_tsquery('simple', unaccent(${words.join(' or ')})) AS q(query)
    WHERE d.vector @@ q.query
    ORDER BY rank DESC, d.key
    LIMIT ${limit}`)) as unknown as { rows: { key: string }[] };
  return result.rows.map((r) => r.key);
}
