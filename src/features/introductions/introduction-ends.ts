import { sql, type SQL } from 'drizzle-orm';
import { QueryBuilder } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/database.ts';
import { introductions } from './introductions.table.ts';

// Who is introduced to whom, for the matching engine and its quality report: a query function,
// and fragments for statements that must stay one (the candidate query is a hot path).

/**
 * The organisations this one has an introduction with that is pending, accepted or declined, in
 * either direction (withdrawn ones do not count).
 */
export async function introducedOrganisationIds(db: Db, organisationId: string): Promise<Set<string>> {
  const result = (await db.execute(sql`
    SELECT to_organisation_id AS other FROM ${introductions}
    WHERE from_organisation_id = ${organisationId} AND status IN ('pending', 'accepted', 'declined')
    UNION
    SELECT from_organisation_id FROM ${introductions}
    WHERE to_organisation_id = ${organisationId} AND status IN ('pending', 'accepted', 'declined')`)) as unknown as { rows: { other: string }[] };
  return new Set(result.rows.map((r) => r.other));
}

/**
 * Statement (for a FROM or a CTE): one row `org` per end of each pending introduction, the asking
 * and the asked organisation; counted per organisation it gives its open introductions.
 */
export function pendingIntroductionEndsSql(): SQL {
  return sql`SELECT from_organisation_id AS org FROM ${introductions} WHERE status = 'pending'
        UNION ALL
        SELECT to_organisation_id FROM ${introductions} WHERE status = 'pending'`;
}

/** The introductions (id, from_organisation_id, to_organisation_id, created_at) as a subquery another feature joins. */
export function introductionPairsSubquery<TAlias extends string = 'introduction'>(alias: TAlias = 'introduction' as TAlias) {
  return new QueryBuilder()
    .select({
      id: introductions.id,
      fromOrganisationId: introductions.fromOrganisationId,
      toOrganisationId: introductions.toOrganisationId,
      createdAt: introductions.createdAt,
    })
    .from(introductions)
    .as(alias);
}
