import { sql, type SQL } from 'drizzle-orm';
import { isAdmin, type Actor } from '../../shared/actor.ts';
import { citiesSharingAPartnershipWith } from '../partnerships/index.ts';

/**
 * Which search rows the reader may find, as a condition on search_documents with unqualified
 * column names (it applies to the table and to the facet CTE alike). Organisations, offers and
 * requests are always 'public'; a person row carries the visibility their consent gives
 * (search-index.ts), and this is the rule of person-visibility.ts (canSeePerson /
 * visiblePeopleCondition) restated for those columns: admins see everyone; the public sees
 * publicly consented people; a coordinator sees the people of their city, an organisation editor
 * those of their organisation; people who consented to partners are seen by users of another city
 * that shares a partnership with theirs. undefined means no restriction.
 */
export function searchVisibilityCondition(actor: Actor): SQL | undefined {
  if (isAdmin(actor)) return undefined;
  const publicRows = sql`visibility = 'public'`;
  if (actor.kind !== 'user') return publicRows;
  const own: SQL[] = [];
  if (actor.role === 'coordinator' && actor.cityId) own.push(sql`city_id = ${actor.cityId}::uuid`);
  if (actor.role === 'org-editor' && actor.organisationId) own.push(sql`organisation_id = ${actor.organisationId}::uuid`);
  if (actor.cityId) {
    // The partnerships feature's subquery, the same as in visiblePeopleCondition.
    own.push(sql`(visibility = 'partners' AND city_id <> ${actor.cityId}::uuid AND city_id IN ${citiesSharingAPartnershipWith(actor.cityId)})`);
  }
  if (!own.length) return publicRows;
  return sql`(${publicRows} OR (entity_type = 'person' AND (${sql.join(own, sql` OR `)})))`;
}
