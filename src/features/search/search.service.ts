import { and, asc, desc, eq, gte, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { ServiceContext } from '../../shared/context.ts';
import { invalid } from '../../shared/errors.ts';
import { findCityIdsByName } from '../cities/cities.service.ts';
import { cities } from '../cities/cities.table.ts';
import { todayIso } from '../organisations/item-validity.ts';
import { organisations } from '../organisations/organisations.table.ts';
import { analyseQuery, anyWordText, textArray, tsqueryAllConfigs, type AnalysedQuery } from './search-query.ts';
import { facetDimensions, type FacetDimension, type SearchHit, type SearchQuery, type SearchResponse } from './search.schemas.ts';
import { searchDocuments as d } from './search.table.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** How much a shared concept weighs against a full-text hit (1 for all words, plus ts_rank_cd). */
const CONCEPT_WEIGHT = 0.8;
/** A typed name counts fully on the organisation, half on each of its offers and requests. */
const NAME_WEIGHT = 1;

async function resolveCityFilter(ctx: ServiceContext, city: string | undefined): Promise<string[] | undefined> {
  if (!city) return undefined;
  const ids = UUID.test(city)
    ? (await ctx.db.select({ id: cities.id }).from(cities).where(eq(cities.id, city))).map((c) => c.id)
    : await findCityIdsByName(ctx, city);
  if (!ids.length) throw invalid([{ path: 'city', rule: 'not_found', message: `There is no city "${city}".` }]);
  return ids;
}

interface Plan {
  /** Rows matching the query text, before the filters. */
  matched: SQL | undefined;
  filtersExcept: (except?: FacetDimension) => SQL | undefined;
  where: () => SQL | undefined;
  score: SQL<number>;
  analysed: AnalysedQuery | null;
  anyText: string;
}

/** The tsqueries are computed once, then sent as constants so that the planner can use the GIN index. */
async function compileTsqueries(ctx: ServiceContext, text: string) {
  if (!text) return { all: '', any: '' };
  const [row] = await ctx.db
    .select({ all: sql<string>`(${tsqueryAllConfigs(text)})::text`, any: sql<string>`(${tsqueryAllConfigs(anyWordText(text))})::text` })
    .from(sql`(SELECT 1) AS one`);
  return row;
}

async function plan(ctx: ServiceContext, query: SearchQuery): Promise<Plan> {
  const cityFilter = await resolveCityFilter(ctx, query.city);
  const analysed = await analyseQuery(ctx, query.q);
  const text = analysed?.text ?? '';
  const tsq = await compileTsqueries(ctx, text);
  const concepts = analysed?.concepts ?? [];

  const scoreParts: SQL[] = [];
  const matchParts: SQL[] = [];
  if (tsq.all) {
    matchParts.push(sql`${d.searchVector} @@ ${tsq.all}::tsquery`);
    scoreParts.push(sql`(CASE WHEN ${d.searchVector} @@ ${tsq.all}::tsquery THEN 1 ELSE 0 END)`);
  }
  if (tsq.any) scoreParts.push(sql`ts_rank_cd(${d.searchVector}, ${tsq.any}::tsquery, 32)`);
  if (text && concepts.length) {
    const qc = textArray(concepts);
    matchParts.push(sql`${d.concepts} && ${qc}`);
    scoreParts.push(
      sql`${CONCEPT_WEIGHT} * cardinality(ARRAY(SELECT unnest(${d.concepts}) INTERSECT SELECT unnest(${qc})))::float8 / ${concepts.length}`,
    );
  }
  if (analysed?.folded) {
    // Trigram similarity against the organisation's name: typos ("Dortmnud") and partial names.
    matchParts.push(sql`${analysed.folded} <% ${d.nameFolded}`);
    scoreParts.push(
      sql`(CASE WHEN ${analysed.folded} <% ${d.nameFolded} THEN word_similarity(${analysed.folded}, ${d.nameFolded}) * ${NAME_WEIGHT} * (CASE WHEN ${d.entityType} = 'organisation' THEN 1 ELSE 0.5 END) ELSE 0 END)`,
    );
  }
  let match: SQL | undefined;
  if (analysed) {
    // Each branch on its own can use its GIN index; OR-ed in one WHERE, the planner tends to scan
    // the whole table and evaluate every operator per row (measured: 10x slower on 30,000 rows).
    const branches = matchParts.map((cond) => sql`SELECT ${d.id} FROM ${d} WHERE ${cond}`);
    const textMatch = text && branches.length ? sql`${d.id} IN (${sql.join(branches, sql` UNION `)})` : undefined;
    // A city named in the query narrows to it; the trigram on the full text still finds names containing it.
    match = analysed.cityIds.length ? and(inArray(d.cityId, analysed.cityIds), textMatch) : textMatch;
  }
  // Unqualified column names: the same conditions apply to search_documents and to the facet CTE.
  const col = (name: string) => sql.identifier(name);
  const filters: Record<FacetDimension, SQL | undefined> = {
    type: query.type ? sql`${col('entity_type')} = ${query.type}` : undefined,
    city: cityFilter ? sql`${col('city_id')} IN (${sql.join(cityFilter.map((id) => sql`${id}::uuid`), sql`, `)})` : undefined,
    kind: query.kind ? sql`${col('kind')} = ${query.kind}` : undefined,
    category: query.category ? sql`${col('category')} = ${query.category}` : undefined,
    theme: query.theme ? sql`${col('themes')} @> ${textArray([query.theme])}` : undefined,
    lang: query.lang ? sql`${col('lang')} = ${query.lang}` : undefined,
  };
  // Offers and requests past their valid-until day are no longer public (item-validity.ts).
  const standing = or(isNull(d.validUntil), gte(d.validUntil, todayIso()));
  const filtersExcept = (except?: FacetDimension) => and(...facetDimensions.filter((f) => f !== except).map((f) => filters[f]));
  return {
    matched: and(standing, match),
    filtersExcept,
    where: () => and(standing, match, filtersExcept()),
    score: (scoreParts.length ? sql`(${sql.join(scoreParts, sql` + `)})` : sql`0`).mapWith(Number) as SQL<number>,
    analysed,
    anyText: anyWordText(text),
  };
}

function ordering(query: SearchQuery, p: Plan): SQL[] {
  const byName = [asc(d.nameFolded), sql`(${d.entityType} <> 'organisation')`, asc(d.entityType), asc(d.position), asc(d.id)];
  const sort = query.sort ?? (p.analysed ? 'relevance' : 'name');
  if (sort === 'newest') return [desc(d.updatedAt), ...byName];
  if (sort === 'relevance') return [desc(p.score), ...byName];
  return byName;
}

/**
 * Every facet and the total in one statement over the matched rows (materialised once). Each facet
 * applies all filters but its own, so that the other values of a dimension stay selectable.
 */
async function facetCounts(ctx: ServiceContext, p: Plan): Promise<{ facets: SearchResponse['facets']; total: number }> {
  const where = (dim?: FacetDimension) => p.filtersExcept(dim) ?? sql`true`;
  const group = (dim: FacetDimension, column: string) =>
    sql`SELECT ${dim}::text AS dim, ${sql.identifier(column)}::text AS value, count(*)::int AS n FROM m
        WHERE ${where(dim)} AND ${sql.identifier(column)} IS NOT NULL GROUP BY 2`;
  const statement = sql`WITH m AS MATERIALIZED (
      SELECT entity_type, city_id, kind, category, lang, themes FROM ${d} WHERE ${p.matched ?? sql`true`})
    ${group('type', 'entity_type')}
    UNION ALL ${group('city', 'city_id')}
    UNION ALL ${group('kind', 'kind')}
    UNION ALL ${group('category', 'category')}
    UNION ALL ${group('lang', 'lang')}
    UNION ALL SELECT 'theme', t.value, count(*)::int FROM m, unnest(m.themes) AS t(value) WHERE ${where('theme')} GROUP BY 2
    UNION ALL SELECT 'total', NULL, count(*)::int FROM m WHERE ${where()}`;
  const result = (await ctx.db.execute(statement)) as unknown as { rows: { dim: string; value: string | null; n: number }[] };
  const rows = result.rows.map((r) => ({ ...r, n: Number(r.n) }));
  const cityIds = rows.filter((r) => r.dim === 'city').map((r) => r.value!);
  const names = new Map(
    cityIds.length ? (await ctx.db.select({ id: cities.id, name: cities.name }).from(cities).where(inArray(cities.id, cityIds))).map((c) => [c.id, c.name]) : [],
  );
  const facets = Object.fromEntries(
    facetDimensions.map((dim) => [
      dim,
      rows
        .filter((r) => r.dim === dim)
        .map((r) => (dim === 'city' ? { value: r.value!, label: names.get(r.value!) ?? '', count: r.n } : { value: r.value!, count: r.n }))
        .sort((a, b) => b.count - a.count || (a.label ?? a.value).localeCompare(b.label ?? b.value)),
    ]),
  ) as SearchResponse['facets'];
  return { facets, total: rows.find((r) => r.dim === 'total')?.n ?? 0 };
}

const escapeHtml = (column: PgColumn) => sql`replace(replace(replace(${column}, '&', '&amp;'), '<', '&lt;'), '>', '&gt;')`;

async function loadHits(ctx: ServiceContext, p: Plan, page: { id: string; score: number }[]): Promise<SearchHit[]> {
  if (!page.length) return [];
  const hq = sql`(websearch_to_tsquery(${d.config}::regconfig, ${p.anyText}) || websearch_to_tsquery(${d.config}::regconfig, unaccent(${p.anyText})))`;
  const options = 'StartSel=<mark>, StopSel=</mark>, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "';
  const rows = await ctx.db
    .select({
      docId: d.id,
      type: d.entityType,
      id: d.entityId,
      position: d.position,
      organisation: { id: organisations.id, key: organisations.key, name: organisations.name },
      city: { id: cities.id, key: cities.key, name: cities.name, country: cities.country },
      kind: d.kind,
      category: d.category,
      lang: d.lang,
      themes: d.themes,
      concepts: d.concepts,
      title: d.title,
      titleHighlight: sql<string>`ts_headline(${d.config}::regconfig, ${escapeHtml(d.title)}, ${hq}, 'StartSel=<mark>, StopSel=</mark>, HighlightAll=true')`,
      bodyHighlight: sql<string>`ts_headline(${d.config}::regconfig, ${escapeHtml(d.body)}, ${hq}, ${options})`,
    })
    .from(d)
    .innerJoin(organisations, eq(organisations.id, d.organisationId))
    .innerJoin(cities, eq(cities.id, d.cityId))
    .where(inArray(d.id, page.map((r) => r.id)));
  const byId = new Map(rows.map((r) => [r.docId, r]));
  const queryConcepts = new Set(p.analysed?.concepts ?? []);
  return page.map(({ id, score }) => {
    const { docId: _docId, titleHighlight, bodyHighlight, ...r } = byId.get(id)!;
    return {
      ...r,
      highlights: { title: titleHighlight, body: bodyHighlight },
      matchedConcepts: r.concepts.filter((c) => queryConcepts.has(c)),
      score: Math.round(score * 10_000) / 10_000,
    };
  });
}

/** One search over organisations, offers and requests: everything it returns is public. */
export async function search(ctx: ServiceContext, query: SearchQuery): Promise<SearchResponse> {
  const p = await plan(ctx, query);
  const where = p.where();
  const [{ total, facets }, page] = await Promise.all([
    facetCounts(ctx, p),
    ctx.db
      .select({ id: d.id, score: p.score })
      .from(d)
      .where(where)
      .orderBy(...ordering(query, p))
      .limit(query.limit)
      .offset(query.offset),
  ]);
  return {
    items: await loadHits(ctx, p, page),
    total,
    limit: query.limit,
    offset: query.offset,
    query: { lang: p.analysed?.lang ?? null, concepts: p.analysed?.concepts ?? [], cities: p.analysed?.cityIds ?? [] },
    facets,
  };
}
