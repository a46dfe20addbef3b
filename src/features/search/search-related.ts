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
 * An organisation like those found (sharing their concepts) counts more than a mere domain
 * neighbour: the chambers of commerce found for "Handelskammer" describe what the city's economic
 * development agency also does, which no word of the query says.
 */
const LIKE_FOUND_WEIGHT = 0.4;
/** The concepts most of the found organisations hold, at most this many, describe them. */
const LIKE_FOUND_CONCEPTS = 8;

/**
 * The concepts that describe the organisations found: those more than half of them hold (both of
 * two), the most widely held first. Each organisation counts once, however many of its offers were
 * found. A concept only one of several holds says what that one also does, not what was looked for.
 */
export function conceptsOfFound(found: readonly { organisationId: string | null; concepts: readonly string[] }[]): string[] {
  const holders = new Map<string, Set<string>>();
  const organisations = new Set<string>();
  for (const hit of found) {
    if (!hit.organisationId) continue;
    organisations.add(hit.organisationId);
    for (const concept of hit.concepts) holders.set(concept, (holders.get(concept) ?? new Set()).add(hit.organisationId));
  }
  // One organisation found says nothing about which of its concepts was looked for.
  if (organisations.size < 2) return [];
  const enough = Math.floor(organisations.size / 2) + 1;
  return [...holders.entries()]
    .filter(([, by]) => by.size >= enough)
    .sort((a, b) => b[1].size - a[1].size || a[0].localeCompare(b[0]))
    .slice(0, LIKE_FOUND_CONCEPTS)
    .map(([concept]) => concept);
}

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
  /** Concepts describing the organisations found (conceptsOfFound). */
  foundConcepts: readonly string[];
}

const sameKind = (kinds: readonly string[]) =>
  kinds.length ? sql`(CASE WHEN ${d.kind} = ANY(${textArray([...kinds])}) THEN ${SAME_KIND_WEIGHT}::float8 ELSE 0 END)` : sql`0`;

/**
 * Branches whose rows are related to the query: the relaxed plan, organisations like those found
 * (their concepts), and the query concepts' domain neighbours.
 */
export function relatedBranches(input: RelatedInput): { cond: SQL; score: SQL }[] {
  const branches = [...(input.relaxed ?? [])];
  if (input.foundConcepts.length) {
    branches.push({
      cond: and(sql`${d.concepts} && ${textArray([...input.foundConcepts])}`, input.inCities)!,
      score: sql`(${LIKE_FOUND_WEIGHT} * ${shareOfKeys(d.concepts, input.foundConcepts)} + ${sameKind(input.foundKinds)})::float8`,
    });
  }
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
