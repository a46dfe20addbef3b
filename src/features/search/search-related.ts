import { and, isNull, notInArray, or, sql, type SQL } from 'drizzle-orm';
import type { ServiceContext } from '../../shared/context.ts';
import { getTaxonomy } from '../taxonomy/index.ts';
import { shareOfKeys, textArray } from './search-query.ts';
import { searchDocuments as d } from './search.table.ts';

/**
 * A query whose results name fewer organisations than this gets related results below them: a
 * visitor looking for district heating in Brașov who finds one operator is also served by the
 * city's energy-efficiency and renewable-energy organisations, shown as related, not as found.
 */
export const RELATED_BELOW_ORGANISATIONS = 10;
/** At most this many related documents. */
export const RELATED_LIMIT = 10;
/** Below every branch of the relaxed plan (0.5 × a share or a similarity): wider than "any of the words". */
const NEIGHBOUR_WEIGHT = 0.3;
/**
 * A neighbour of a kind the results hold (a theatre for a theatre) before one of another kind: the
 * share of neighbouring concepts held is nearly the same for every neighbour (one of 10 to 25).
 */
const SAME_KIND_WEIGHT = 0.2;

/**
 * The concepts of the same taxonomy domains as the query's, the query's own left out. The domains
 * are the taxonomy's fields of work (energy and climate, mobility...): within one, organisations
 * answer neighbouring needs.
 */
export function domainNeighbours(concepts: readonly string[]): string[] {
  const taxonomy = getTaxonomy();
  const own = new Set(concepts);
  const domains = new Set(concepts.map((key) => taxonomy.concept(key)?.domain).filter((domain): domain is string => !!domain));
  return [...domains].flatMap((domain) => taxonomy.conceptsInDomain(domain).map((c) => c.key)).filter((key) => !own.has(key));
}

export interface RelatedInput {
  /** The relaxed plan's branches (any of the words, names like a word, the words' evidence terms). */
  relaxed: { cond: SQL; score: SQL }[] | undefined;
  /** Concepts found in the query. */
  concepts: readonly string[];
  /** Narrows the neighbours to the cities the query named (the relaxed branches are narrowed already). */
  inCities: SQL | undefined;
  /** Kinds of the organisations found. */
  foundKinds: readonly string[];
}

const sameKind = (kinds: readonly string[]) =>
  kinds.length ? sql`(CASE WHEN ${d.kind} = ANY(${textArray([...kinds])}) THEN ${SAME_KIND_WEIGHT}::float8 ELSE 0 END)` : sql`0`;

/** Branches whose rows are related to the query: the relaxed plan and the concepts' domain neighbours. */
export function relatedBranches(input: RelatedInput): { cond: SQL; score: SQL }[] {
  const branches = [...(input.relaxed ?? [])];
  const neighbours = domainNeighbours(input.concepts);
  if (neighbours.length) {
    branches.push({
      cond: and(sql`${d.concepts} && ${textArray(neighbours)}`, input.inCities)!,
      score: sql`(${NEIGHBOUR_WEIGHT} * ${shareOfKeys(d.concepts, neighbours)} + ${sameKind(input.foundKinds)})::float8`,
    });
  }
  return branches;
}

export interface RelatedPlan {
  branches: { cond: SQL; score: SQL }[];
  /** Standing, visible to the reader and within the search's filters (unqualified columns). */
  where: SQL;
  /** Documents already among the results, and the organisations they belong to: not related, found. */
  foundIds: readonly string[];
  foundOrganisationIds: readonly string[];
}

/**
 * The related documents, best first: each row at its highest branch score, organisations before
 * their items on a tie, then by name. Rows of organisations already found are left out.
 */
export async function relatedPage(ctx: ServiceContext, plan: RelatedPlan): Promise<{ id: string; score: number }[]> {
  if (!plan.branches.length) return [];
  const notFound = and(
    plan.foundIds.length ? notInArray(d.id, [...plan.foundIds]) : undefined,
    plan.foundOrganisationIds.length ? or(isNull(d.organisationId), notInArray(d.organisationId, [...plan.foundOrganisationIds])) : undefined,
  );
  // One SELECT per branch, each through its own index, as the main plan does (search-facets.ts).
  const selects = plan.branches.map(
    (b) =>
      sql`SELECT id, entity_type, name_folded, position, ${b.score} AS score FROM search_documents WHERE (${plan.where}) AND (${b.cond})${notFound ? sql` AND ${notFound}` : sql``}`,
  );
  const result = (await ctx.db.execute(sql`SELECT id, score FROM (
      SELECT DISTINCT ON (id) * FROM (${sql.join(selects, sql` UNION ALL `)}) found ORDER BY id, score DESC) best
    ORDER BY score DESC, (entity_type <> 'organisation'), name_folded, position, id
    LIMIT ${RELATED_LIMIT}`)) as unknown as { rows: { id: string; score: number | string }[] };
  return result.rows.map((r) => ({ id: r.id, score: Number(r.score) }));
}
