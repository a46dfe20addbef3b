import { sql, type SQL } from 'drizzle-orm';
import type { ServiceContext } from '../../shared/context.ts';
import { facetDimensions, type FacetDimension } from './search.schemas.ts';

/**
 * Facet counts, the total and the page of ids of one search, in one statement.
 *
 * Each facet applies every filter but its own, so that the other values of a dimension stay
 * selectable. Dimensions are counted in passes that share a WHERE: one pass with all filters (the
 * unfiltered dimensions, the total, the page) and one per filtered dimension; within a pass the
 * scalar dimensions come from one GROUPING SETS aggregate and the array dimensions from one
 * unnest. With a text query the matched rows are computed once (a MATERIALIZED CTE, one branch
 * per index) and every pass reads them; without one, rows are counted in search_facet_rows, the
 * narrow copy of the counted columns (migration 0009): several filters read the rows failing at
 * most one of them once, and a pass without any filter reads search_facet_totals plus
 * search_facet_deltas (migrations 0005, 0009), which triggers keep current, instead of counting
 * the whole index.
 */
export interface FacetPlan {
  /** Matched rows for a text query: conditions on search_documents to unite, each with the score of its rows; undefined without a query. */
  textMatch: { cond: SQL; score: SQL }[] | undefined;
  /** Standing and visible to the reader: a condition on search_documents and search_facet_rows (unqualified columns). */
  base: SQL;
  /** Visibility to the reader alone (unqualified columns); undefined when unrestricted. */
  visibility: SQL | undefined;
  /** The reader is anonymous, or may see no row that the public may not. */
  publicOnly: boolean;
  filters: Record<FacetDimension, SQL | undefined>;
  ordering: SQL;
  limit: number;
  offset: number;
  today: string;
  /**
   * Estimating counts (decisions 0024, 0027); defaults FACET_EXACT_BOUND and FACET_SAMPLE_PERCENT.
   * Filters without a query read samplePercent of the table's pages, a text query about
   * `matchedSample` of its matched rows (default: the bound).
   */
  estimate?: { bound: number; samplePercent: number; matchedSample?: number };
}

export interface FacetResult {
  counts: { dim: FacetDimension; value: string; n: number }[];
  total: number;
  page: { id: string; score: number }[];
  /**
   * The counts were estimated from a sample: of the table's pages (filters without a query
   * matching more than the bound) or of the matched rows (a text query matching more).
   */
  estimated: boolean;
  /** The total was estimated too (filters without a query only: a text query's total is exact). */
  totalEstimated: boolean;
}

/**
 * Filters without a query counted exactly up to this many rows; above it, from a sample
 * (decision 0024: "kind=university" on 100,000 organisations counted 117,000 rows in 430–630 ms,
 * a 10 % sample in 30–110 ms, totals within 5 %).
 */
export const FACET_EXACT_BOUND = 5000;
/** The share of search_facet_rows' pages read for estimated counts (TABLESAMPLE SYSTEM). */
export const FACET_SAMPLE_PERCENT = 10;

const scalarColumns: Partial<Record<FacetDimension, string>> = { type: 'entity_type', city: 'city_id', kind: 'kind', category: 'category', lang: 'lang' };
const arrayColumns: Partial<Record<FacetDimension, string>> = { theme: 'themes', concept: 'concepts', sdg: 'sdgs' };

const andAll = (conditions: (SQL | undefined)[]) => {
  const present = conditions.filter((c): c is SQL => !!c);
  return present.length
    ? sql.join(
        present.map((c) => sql`(${c})`),
        sql` AND `,
      )
    : sql`true`;
};

/** One pass: counts of the given dimensions (and the total) over source rows matching where. */
function pass(source: SQL, where: SQL, dims: FacetDimension[], withTotal: boolean): SQL[] {
  const parts: SQL[] = [];
  const scalars = dims.filter((d) => scalarColumns[d]);
  if (scalars.length || withTotal) {
    const sets = scalars.map((d) => sql`(${sql.identifier(scalarColumns[d]!)})`);
    if (withTotal) sets.push(sql`()`);
    const label = scalars.length
      ? sql`CASE ${sql.join(
          scalars.map((d) => sql`WHEN GROUPING(${sql.identifier(scalarColumns[d]!)}) = 0 THEN ${d}`),
          sql` `,
        )} ELSE 'total' END`
      : sql`'total'`;
    const value = scalars.length
      ? sql`COALESCE(${sql.join(
          scalars.map((d) => sql`${sql.identifier(scalarColumns[d]!)}::text`),
          sql`, `,
        )})`
      : sql`NULL::text`;
    parts.push(sql`SELECT (${label})::text AS dim, ${value} AS value, count(*)::int AS n, NULL::uuid AS id, NULL::float8 AS score, NULL::int AS ord
      FROM ${source} WHERE ${where}
      GROUP BY GROUPING SETS (${sql.join(sets, sql`, `)})`);
  }
  const arrays = dims.filter((d) => arrayColumns[d]);
  if (arrays.length) {
    const unnests = sql.join(
      arrays.map((d) => sql`SELECT ${d}::text AS dim, unnest(${source}.${sql.identifier(arrayColumns[d]!)})::text AS value`),
      sql` UNION ALL `,
    );
    parts.push(sql`SELECT p.dim, p.value, count(*)::int, NULL::uuid, NULL::float8, NULL::int
      FROM ${source} CROSS JOIN LATERAL (${unnests}) p WHERE ${where} GROUP BY 1, 2`);
  }
  return parts;
}

/** Every (dimension, value) pair of a row, for the live part of the totals. */
function pairsOf(source: SQL): SQL {
  const s = (column: string) => sql`${source}.${sql.identifier(column)}`;
  return sql`(
    SELECT 'total'::text AS dim, ''::text AS value
    UNION ALL SELECT 'type', ${s('entity_type')}
    UNION ALL SELECT 'city', ${s('city_id')}::text
    UNION ALL SELECT 'kind', ${s('kind')} WHERE ${s('kind')} IS NOT NULL
    UNION ALL SELECT 'category', ${s('category')} WHERE ${s('category')} IS NOT NULL
    UNION ALL SELECT 'lang', ${s('lang')} WHERE ${s('lang')} IS NOT NULL
    UNION ALL SELECT 'theme', unnest(${s('themes')})
    UNION ALL SELECT 'concept', unnest(${s('concepts')})
    UNION ALL SELECT 'sdg', unnest(${s('sdgs')})::text)`;
}

/**
 * Counts of the whole standing index visible to the reader, for the dimensions given: the
 * maintained totals of the months after this one, plus live counts of public rows expiring this
 * month (still standing today) and of restricted rows (people) the reader may see.
 */
function totalsPass(p: FacetPlan, dims: FacetDimension[], withTotal: boolean): SQL[] {
  const wanted = [...dims, ...(withTotal ? ['total'] : [])];
  const dimList = sql.join(
    wanted.map((d) => sql`${d}`),
    sql`, `,
  );
  const docs = sql`${sql.identifier('search_facet_rows')}`;
  const parts = [
    // Base rows plus the deltas not yet compacted (migration 0009), read in one snapshot.
    sql`SELECT dim, value, sum(n)::int AS n, NULL::uuid AS id, NULL::float8 AS score, NULL::int AS ord FROM (
        SELECT valid_month, dim, value, n FROM search_facet_totals
        UNION ALL SELECT valid_month, dim, value, n FROM search_facet_deltas) totals
      WHERE valid_month > date_trunc('month', ${p.today}::date)::date AND dim IN (${dimList}) GROUP BY 1, 2`,
    sql`SELECT pr.dim, pr.value, count(*)::int, NULL::uuid, NULL::float8, NULL::int
      FROM search_facet_rows CROSS JOIN LATERAL ${pairsOf(docs)} pr
      WHERE valid_until >= ${p.today}::date AND valid_until < (date_trunc('month', ${p.today}::date) + interval '1 month')::date
        AND visibility = 'public' AND pr.dim IN (${dimList})
      GROUP BY 1, 2`,
  ];
  if (!p.publicOnly) {
    parts.push(sql`SELECT pr.dim, pr.value, count(*)::int, NULL::uuid, NULL::float8, NULL::int
      FROM search_facet_rows CROSS JOIN LATERAL ${pairsOf(docs)} pr
      WHERE visibility <> 'public' AND ${andAll([p.visibility])} AND (valid_until IS NULL OR valid_until >= ${p.today}::date)
        AND pr.dim IN (${dimList})
      GROUP BY 1, 2`);
  }
  return parts;
}

const ESTIMATED = 'estimated';
/** The marker of facet counts sampled from a text query's matched rows (its n: the sample's size, its score: the matched rows'). */
const SAMPLE_OF_MATCHED = 'matched';

interface Estimation {
  bound: number;
  samplePercent: number;
  /** Conditions on a probe (one-time filters: the passes of the other path are never run). */
  exact: (probe?: string) => SQL;
  estimated: (probe?: string) => SQL;
  /** The sampled rows of search_facet_rows. */
  sample: SQL;
  /**
   * A row saying that counts were estimated, only then: 'all' (one filter: every count but the
   * filter's own, the probe having counted past the bound) or 'sampled' (several filters: every count).
   */
  marker: (what: 'all' | 'sampled', probe?: string) => SQL;
}

/**
 * Counting without a query (filters only): a probe counts the rows up to the bound; below it the
 * passes count every row, above it a sample of the table's pages (the same pages for every
 * request: REPEATABLE), and the counts are scaled up. The page of results is always exact.
 */
function estimation(p: FacetPlan): Estimation {
  const { bound, samplePercent } = p.estimate ?? { bound: FACET_EXACT_BOUND, samplePercent: FACET_SAMPLE_PERCENT };
  const percent = Math.min(100, Math.max(0.1, samplePercent));
  const n = (probe = 'probe') => sql`(SELECT n FROM ${sql.identifier(probe)})`;
  return {
    bound,
    samplePercent: percent,
    exact: (probe) => sql`${n(probe)} <= ${bound}`,
    estimated: (probe) => sql`${n(probe)} > ${bound}`,
    sample: sql`search_facet_rows TABLESAMPLE SYSTEM (${sql.raw(String(percent))}) REPEATABLE (0)`,
    marker: (what, probe) => sql`SELECT ${ESTIMATED}::text, ${what}::text, NULL::int, NULL::uuid, NULL::float8, NULL::int WHERE ${n(probe)} > ${bound}`,
  };
}

export async function facetsAndPage(ctx: ServiceContext, p: FacetPlan): Promise<FacetResult> {
  const active = facetDimensions.filter((d) => p.filters[d]);
  const idle = facetDimensions.filter((d) => !p.filters[d]);
  const except = (dim?: FacetDimension) => andAll(facetDimensions.filter((d) => d !== dim).map((d) => p.filters[d]));
  const parts: SQL[] = [];
  let source: SQL;
  let prefix = sql``;
  let pageWhere: SQL;
  let estimate: Estimation | undefined;
  /** Dimensions counted exactly even when the rest is estimated (from the maintained totals). */
  let exactDims: FacetDimension[] = [];
  if (p.textMatch) {
    source = sql`m`;
    // Each branch reads its rows where its index finds them (a bitmap scan in table order) and
    // computes the columns and its score there; a row found by several branches is kept once, with
    // its highest score. Collecting the ids first and then fetching the rows by id read each row a
    // second time, in random order.
    const columns = sql`id, entity_type, city_id, kind, category, lang, themes, concepts, sdgs, name_folded, position, updated_at`;
    const branch = (b: { cond: SQL; score: SQL }) => sql`SELECT ${columns}, ${b.score} AS score FROM search_documents WHERE ${andAll([p.base, b.cond])}`;
    const found =
      p.textMatch.length === 1
        ? sql`m AS MATERIALIZED (${branch(p.textMatch[0])})`
        : sql`m AS MATERIALIZED (SELECT DISTINCT ON (id) * FROM (${sql.join(
            p.textMatch.map((b) => branch(b)),
            sql` UNION ALL `,
          )}) found ORDER BY id, score DESC)`;
    // The ranking and the total are always exact. When more than the bound pass the filters, the
    // facets are counted in a sample of the matched rows holding about `bound` of them (decision
    // 0027): counting "Partner"'s 77,000 rows cost as much as finding and scoring them. Ids are
    // random (gen_random_uuid), so is their last byte: the sample is even, and the same search
    // always counts the same rows.
    const bound = p.estimate?.bound ?? FACET_EXACT_BOUND;
    const total = sql`(SELECT total FROM probe)`;
    const sampledRow = sql`get_byte(uuid_send(id), 15) < ceil(256.0 * ${p.estimate?.matchedSample ?? bound} / greatest(${total}, 1))`;
    prefix = sql`WITH ${found},
      probe AS MATERIALIZED (SELECT count(*)::int AS n, (count(*) FILTER (WHERE ${except()}))::int AS total FROM m),
      s AS MATERIALIZED (SELECT * FROM m WHERE ${total} > ${bound} AND ${sampledRow})`;
    const exact = sql`${total} <= ${bound}`;
    parts.push(...pass(source, andAll([exact, except()]), idle, false));
    for (const dim of active) parts.push(...pass(source, andAll([exact, except(dim)]), [dim], false));
    parts.push(...pass(sql`s`, except(), idle, false));
    for (const dim of active) parts.push(...pass(sql`s`, except(dim), [dim], false));
    // The probe counted the total already, exactly, whichever way the facets are counted.
    parts.push(sql`SELECT 'total'::text, NULL::text, total, NULL::uuid, NULL::float8, NULL::int FROM probe`);
    // The share of the matched rows the sample holds, to scale its counts by.
    parts.push(
      sql`SELECT ${ESTIMATED}::text, ${SAMPLE_OF_MATCHED}::text, (SELECT count(*) FROM s)::int, NULL::uuid, (SELECT n FROM probe)::float8, NULL::int WHERE ${total} > ${bound}`,
    );
    pageWhere = except();
  } else if (active.length >= 2) {
    // Every pass needs the rows failing at most one filter: read them from the table once, with a
    // flag per filter, instead of scanning the table once per pass. Beyond the bound they are read
    // from a sample of the table's pages, and the page of results from the name order index.
    estimate = estimation(p);
    const flag = (dim: FacetDimension) => sql.identifier(`f_${dim}`);
    const flags = sql.join(
      active.map((dim) => sql`coalesce(${p.filters[dim]}, false) AS ${flag(dim)}`),
      sql`, `,
    );
    const held = sql.join(
      active.map((dim) => sql`coalesce(${p.filters[dim]}, false)::int`),
      sql` + `,
    );
    const candidates = (
      from: SQL,
    ) => sql`SELECT id, entity_type, city_id, kind, category, lang, themes, concepts, sdgs, name_folded, position, updated_at, ${flags}
      FROM ${from} WHERE ${p.base} AND (${held}) >= ${active.length - 1}`;
    const flagsExcept = (dim?: FacetDimension) => andAll(active.filter((d) => d !== dim).map((d) => sql`${flag(d)}`));
    // Whether to count exactly is decided on the sample, which is a subset of the table: when its
    // rows passing all filters, scaled up, stay within the bound, the rows are counted exactly
    // (a small total, such as the universities of a small city, is never estimated); above it,
    // every count comes from the sample. Finding 5,001 rows passing all filters to decide would
    // cost more than the sample.
    const allFlags = flagsExcept();
    prefix = sql`WITH s AS MATERIALIZED (${candidates(estimate.sample)}),
      probe AS MATERIALIZED (SELECT (count(*) FILTER (WHERE ${allFlags}) * ${100 / estimate.samplePercent})::int AS n FROM s),
      m AS MATERIALIZED (${candidates(sql`search_facet_rows`)})`;
    for (const [source, when] of [
      [sql`m`, estimate.exact()],
      [sql`s`, estimate.estimated()],
    ] as const) {
      parts.push(...pass(source, andAll([when, allFlags]), idle, true));
      for (const dim of active) parts.push(...pass(source, andAll([when, flagsExcept(dim)]), [dim], false));
    }
    parts.push(estimate.marker('sampled'));
    source = sql`search_documents`;
    pageWhere = andAll([p.base, except()]);
  } else if (active.length) {
    // One filter: its rows are counted in the narrow copy (a bitmap scan per pass; materialising
    // them for one read spilled to disk beyond a few thousand rows), beyond the bound in a sample
    // of its pages; the page comes from the name order index of search_documents.
    estimate = estimation(p);
    const where = andAll([p.base, except()]);
    prefix = sql`WITH probe AS MATERIALIZED (SELECT count(*)::int AS n FROM (SELECT 1 FROM search_facet_rows WHERE ${where} LIMIT ${estimate.bound + 1}) x),
      s AS MATERIALIZED (SELECT id, entity_type, city_id, kind, category, lang, themes, concepts, sdgs FROM ${estimate.sample} WHERE ${where})`;
    parts.push(...pass(sql`search_facet_rows`, andAll([estimate.exact(), where]), idle, true));
    parts.push(...pass(sql`s`, estimate.estimated(), idle, true));
    parts.push(estimate.marker('all'));
    // The only filter is this dimension's own: its facet is that of the whole index, exact.
    for (const dim of active) parts.push(...totalsPass(p, [dim], false));
    exactDims = active;
    source = sql`search_documents`;
    pageWhere = where;
  } else {
    // No query, no filter: the page in name order straight from its index, the counts from the totals.
    source = sql`search_documents`;
    parts.push(...totalsPass(p, idle, true));
    pageWhere = p.base;
  }
  const score = p.textMatch ? sql.identifier('score') : sql`0::float8`;
  parts.push(sql`SELECT NULL::text AS dim, NULL::text AS value, NULL::int AS n, id, score, ord FROM (
    SELECT id, ${score} AS score, (row_number() OVER ())::int AS ord FROM (
      SELECT id, ${score} AS score FROM ${source} WHERE ${pageWhere} ORDER BY ${p.ordering} LIMIT ${p.limit} OFFSET ${p.offset}) ordered) page`);
  const statement = sql`${prefix} ${sql.join(
    parts.map((x) => sql`(${x})`),
    sql` UNION ALL `,
  )}`;
  const result = (await ctx.db.execute(statement)) as unknown as {
    rows: { dim: string | null; value: string | null; n: number | null; id: string | null; score: number | null; ord: number | null }[];
  };
  const sums = new Map<string, { dim: FacetDimension; value: string; n: number }>();
  let total = 0;
  const page: { id: string; score: number; ord: number }[] = [];
  // What a sample counted is scaled up (the dimension of a single filter is exact: from the totals).
  const markers = result.rows.filter((row) => row.dim === ESTIMATED);
  const marks = new Set(markers.map((row) => row.value));
  const ofMatched = markers.find((row) => row.value === SAMPLE_OF_MATCHED);
  const estimated = marks.size > 0 && (!!estimate || !!ofMatched);
  // A text query's total is counted exactly; only its facets come from the sample.
  const totalEstimated = estimated && !ofMatched;
  const scaled = (dim: string) => estimated && !exactDims.includes(dim as FacetDimension) && !(ofMatched && dim === 'total');
  const scale = ofMatched ? Number(ofMatched.score) / Math.max(1, Number(ofMatched.n)) : estimate ? 100 / estimate.samplePercent : 1;
  for (const row of result.rows) {
    if (row.id) {
      page.push({ id: row.id, score: Number(row.score ?? 0), ord: Number(row.ord) });
      continue;
    }
    if (row.dim === ESTIMATED || row.dim === null) continue;
    if (scaled(row.dim)) row.n = Math.round(Number(row.n) * scale);
    if (row.dim === 'total') {
      total += Number(row.n);
      continue;
    }
    if (row.value === null || row.dim === null) continue;
    const key = `${row.dim}\u0000${row.value}`;
    const entry = sums.get(key) ?? { dim: row.dim as FacetDimension, value: row.value, n: 0 };
    entry.n += Number(row.n);
    sums.set(key, entry);
  }
  page.sort((a, b) => a.ord - b.ord);
  return {
    counts: [...sums.values()].filter((c) => c.n > 0),
    // The probe counted more rows than the bound: a sample that happened to hold fewer says too little.
    total: estimate && marks.has('all') ? Math.max(total, estimate.bound + 1) : total,
    page: page.map(({ id, score: s }) => ({ id, score: s })),
    estimated,
    totalEstimated,
  };
}
