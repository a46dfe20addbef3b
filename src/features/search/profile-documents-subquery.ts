import { sql, type SQL } from 'drizzle-orm';
import { searchDocuments } from './search.table.ts';

/**
 * The search-index rows that describe organisations (the organisation's own and its offers' and
 * requests', never people) as a derived table `(…) alias`, for another feature's statement that
 * reads their concepts (matching, the call radar). `standingOnly` leaves out offers and requests
 * past their valid-until day (organisation rows always stand). PostgreSQL flattens it: the plan is
 * the same as reading the table itself, index-only scans on the covering indexes included.
 */
export function profileDocumentsSubquery(alias: string, options: { standingOnly: boolean }): SQL {
  const standing = options.standingOnly ? sql` AND (valid_until IS NULL OR valid_until >= current_date)` : sql``;
  return sql`(SELECT organisation_id, city_id, entity_type, entity_id, position, category, lang, title, body, concepts, terms, themes, valid_until
    FROM ${searchDocuments} WHERE entity_type IN ('organisation', 'offer', 'request')${standing}) ${sql.identifier(alias)}`;
}
