import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { isAdmin } from '../../shared/actor.ts';
import type { ServiceContext } from '../../shared/context.ts';
import { invalid } from '../../shared/errors.ts';
import { isUuid } from '../../shared/uuid.ts';
import { cityNames as cityNamesOf, citySummariesSubquery, existingCityIds, findCityIdsByName } from '../cities/index.ts';
import { organisationSummariesSubquery, todayIso } from '../organisations/index.ts';
import { getTaxonomy } from '../taxonomy/index.ts';
import { facetsAndPage, type FacetPlan, type FacetResult } from './search-facets.ts';
import { searchVisibilityCondition } from './search-visibility.ts';
import {
  analyseQuery,
  anyWordText,
  distinctAlternatives,
  hasCompoundWord,
  shareOfKeys,
  termsHold,
  textArray,
  tsqueryAllConfigs,
  type AnalysedQuery,
} from './search-query.ts';
import { searchConfigs } from './search-language.ts';
import { relaxedBranches } from './search-relaxed.ts';
import { conceptsOfFound, RELATED_BELOW_ORGANISATIONS, relatedBranches, relatedPage } from './search-related.ts';
import { facetDimensions, type FacetDimension, type SearchHit, type SearchQuery, type SearchResponse } from './search.schemas.ts';
import { searchDocuments as d } from './search.table.ts';

/** How much a shared concept weighs against a full-text hit (1 for all words, plus ts_rank_cd). */
const CONCEPT_WEIGHT = 0.8;
/**
 * All words found only among the vocabulary words (weight D: themes, kind, institution types)
 * count less than a concept the tagger found in the row's own text: a theme is picked by the
 * organisation, broadly, and would otherwise rank above the rows that are about the query.
 */
const VOCABULARY_WEIGHT = 0.5;
/**
 * A row tagged only with a concept narrower than the query's (solar energy for "renewable energy"):
 * found, below a row holding the query's one concept (CONCEPT_WEIGHT 0.8) or half of its two.
 */
const NARROWER_WEIGHT = 0.35;
/**
 * All words found, but a query compound only through its parts, each a word of the row's own or
 * inside another compound ("Sportverein": "Seniorensport" and "Verein"): less than the word itself.
 */
const COMPOUND_PARTS_WEIGHT = 0.7;
/** A word of the query meaning what a row's word means in another language (the lexicon): less than a concept. */
const MEANING_WEIGHT = 0.6;
/** Shorter lexemes are left out of the relaxed plan's "any of the words". */
const MIN_LOOSE_LEXEME = 3;
/** A typed name counts fully on the organisation, half on each of its offers and requests. */
const NAME_WEIGHT = 1;

async function resolveCityFilter(ctx: ServiceContext, city: string | undefined): Promise<string[] | undefined> {
  if (!city) return undefined;
  const ids = isUuid(city) ? [...(await existingCityIds(ctx, [city]))] : await findCityIdsByName(ctx, city);
  if (!ids.length) throw invalid([{ path: 'city', rule: 'not_found', message: `There is no city "${city}".` }]);
  return ids;
}

interface Plan {
  /** Rows matching the query text: conditions on search_documents to unite, each with its rows' score (undefined without a query). */
  match: { cond: SQL; score: SQL }[] | undefined;
  /** Standing (not expired) and visible to the caller. */
  standing: SQL;
  filters: Record<FacetDimension, SQL | undefined>;
  analysed: AnalysedQuery | null;
  anyText: string;
  /** The branches to search when the match finds nothing (search-relaxed.ts). */
  relaxed: { cond: SQL; score: SQL }[] | undefined;
  /** The match without the cities the query named, when the relaxed plan found nothing there either. */
  anywhere: { cond: SQL; score: SQL }[] | undefined;
}

/** A tsquery (as text) whose lexemes match only the row's own words (weights A to C), not its vocabulary (D). */
const ownWeightsOnly = (tsquery: string) =>
  tsquery.replace(/('(?:[^']|'')*')(?::([*A-D]+))?/g, (_, lexeme: string, flags = '') => `${lexeme}:${flags.includes('*') ? '*' : ''}ABC`);

/**
 * The tsqueries are computed once, then sent as constants so that the planner can use the GIN index.
 * `loose` is "any of the words" for the relaxed plan, without the lexemes of one or two letters
 * that stemming leaves of a word in a language it is not in (Hungarian reduces "înot" to "in").
 * `whole` leaves out meeting a compound by its parts, so that the score can tell such a row.
 */
async function compileTsqueries(ctx: ServiceContext, text: string, lang: string | null, corrections: Record<string, string[]> = {}) {
  if (!text) return { all: '', any: '', loose: '', own: '', whole: '' };
  const anyText = anyWordText(text, lang, corrections);
  const configs = sql.join(
    searchConfigs.map((c) => sql`${c}::regconfig`),
    sql`, `,
  );
  const loose = sql`(SELECT coalesce(to_tsquery('simple', string_agg(DISTINCT quote_literal(v.lexeme), ' | '))::text, '')
    FROM unnest(ARRAY[${configs}]) AS c CROSS JOIN LATERAL unnest(to_tsvector(c, unaccent(${anyText}))) AS v
    WHERE length(v.lexeme) >= ${MIN_LOOSE_LEXEME} AND v.lexeme ~ '^[[:alnum:]-]+$')`;
  const [row] = await ctx.db
    .select({
      all: sql<string>`(${tsqueryAllConfigs(text, lang, corrections)})::text`,
      // Without compound words, the same as `all`: not compiled twice.
      whole: hasCompoundWord(text)
        ? sql<string | null>`(${tsqueryAllConfigs(text, lang, corrections, { compoundParts: false })})::text`
        : sql<string | null>`NULL::text`,
      any: sql<string>`(${tsqueryAllConfigs(anyText)})::text`,
      loose: sql<string>`${loose}`,
    })
    .from(sql`(SELECT 1) AS one`);
  const whole = row.whole ?? row.all;
  return { ...row, any: distinctAlternatives(row.any), whole, own: ownWeightsOnly(whole) };
}

function checkConcept(concept: string | undefined): void {
  if (concept && !getTaxonomy().concept(concept)) {
    throw invalid([{ path: 'concept', rule: 'not_found', message: `There is no concept "${concept}" in the taxonomy.` }]);
  }
}

const inCitiesOf = (analysed: AnalysedQuery | null) => (analysed?.cityIds.length ? inArray(d.cityId, analysed.cityIds) : undefined);

async function plan(ctx: ServiceContext, query: SearchQuery): Promise<Plan> {
  checkConcept(query.concept);
  const cityFilter = await resolveCityFilter(ctx, query.city);
  const analysed = await analyseQuery(ctx, query.q);
  const text = analysed?.text ?? '';
  const tsq = await compileTsqueries(ctx, text, analysed?.lang ?? null, analysed?.corrections);
  const concepts = analysed?.concepts ?? [];

  const scoreParts: SQL[] = [];
  const matchParts: SQL[] = [];
  if (tsq.all) {
    matchParts.push(sql`${d.searchVector} @@ ${tsq.all}::tsquery`);
    scoreParts.push(
      // Rows found by concept alone (most, for a broad word) are tested once.
      sql`(CASE WHEN NOT (${d.searchVector} @@ ${tsq.all}::tsquery) THEN 0 WHEN ${d.searchVector} @@ ${tsq.own}::tsquery THEN 1
        WHEN ${d.searchVector} @@ ${tsq.whole}::tsquery THEN ${VOCABULARY_WEIGHT}::float8 ELSE ${COMPOUND_PARTS_WEIGHT}::float8 END)`,
    );
  }
  if (tsq.any) scoreParts.push(sql`ts_rank_cd(${d.searchVector}, ${tsq.any}::tsquery, 32)`);
  if (text && concepts.length) {
    const qc = textArray(concepts);
    matchParts.push(sql`${d.concepts} && ${qc}`);
    scoreParts.push(sql`${CONCEPT_WEIGHT} * ${shareOfKeys(d.concepts, concepts)}`);
  }
  const narrower = analysed?.narrower ?? [];
  if (text && narrower.length) {
    matchParts.push(sql`${d.concepts} && ${textArray(narrower)}`);
    scoreParts.push(sql`${NARROWER_WEIGHT}::float8 * (${d.concepts} && ${textArray(narrower)})::int`);
  }
  const meanings = analysed?.meanings ?? [];
  if (text && meanings.length) {
    // Every meaning, as full text asks for every word ("training for nurses" is not any training).
    matchParts.push(termsHold(meanings, 'every'));
    scoreParts.push(sql`${MEANING_WEIGHT} * ${shareOfKeys(d.terms, meanings)}`);
  }
  const baseScore = scoreParts.length ? sql`(${sql.join(scoreParts, sql` + `)})` : sql`0`;
  // Computing the trigram similarity costs more than the rest of the score: it is computed only in
  // the branch whose rows are similar by name; a row found by another branch scores 0 there, and
  // facetsAndPage keeps each row's highest score, the one with its name's part.
  const scored = (cond: SQL, score: SQL) => ({ cond: and(cond, inCitiesOf(analysed))!, score: sql`(${score})::float8` });
  const branches = text ? matchParts.map((cond) => scored(cond, baseScore)) : [];
  // The last resort of a query whose words are in none of the cities it names ("Szegedi
  // Tudományegyetem": the adjective is read as the city): the same words in every city.
  const anywhere = analysed?.cityIds.length && text ? matchParts.map((cond) => ({ cond, score: sql`(${baseScore})::float8` })) : [];
  const nameScore = (folded: string) =>
    sql`word_similarity(${folded}, ${d.nameFolded}) * ${NAME_WEIGHT} * (CASE WHEN ${d.entityType} IN ('organisation', 'person') THEN 1 ELSE 0.5 END)`;
  // Trigram similarity against the organisation's name: typos ("Dortmnud") and partial names.
  const similar = (folded: string) => sql`${folded} <% ${d.nameFolded}`;
  if (text && analysed?.folded) branches.push(scored(similar(analysed.folded), sql`${baseScore} + ${nameScore(analysed.folded)}`));
  if (anywhere.length && analysed?.folded)
    anywhere.push({ cond: similar(analysed.folded), score: sql`(${baseScore} + ${nameScore(analysed.folded)})::float8` });
  // Each branch on its own can use its GIN index; OR-ed in one WHERE, the planner tends to scan
  // the whole table and evaluate every operator per row (measured: 10x slower on 30,000 rows).
  // A city named in the query narrows each branch already. A query naming only a city: all of
  // that city's rows.
  const inCities = inCitiesOf(analysed);
  const cityOnly =
    inCities && analysed?.folded
      ? [{ cond: inCities, score: sql`(CASE WHEN ${similar(analysed.folded)} THEN ${nameScore(analysed.folded)} ELSE 0 END)::float8` }]
      : undefined;
  const match: Plan['match'] = !analysed ? undefined : branches.length ? branches : cityOnly;
  // Unqualified column names: the same conditions apply to search_documents and to the facet CTE.
  const col = (name: string) => sql.identifier(name);
  const filters: Record<FacetDimension, SQL | undefined> = {
    type: query.type ? sql`${col('entity_type')} = ${query.type}` : undefined,
    city: cityFilter
      ? sql`${col('city_id')} IN (${sql.join(
          cityFilter.map((id) => sql`${id}::uuid`),
          sql`, `,
        )})`
      : undefined,
    kind: query.kind ? sql`${col('kind')} = ${query.kind}` : undefined,
    category: query.category ? sql`${col('category')} = ${query.category}` : undefined,
    theme: query.theme ? sql`${col('themes')} @> ${textArray([query.theme])}` : undefined,
    concept: query.concept ? sql`${col('concepts')} @> ${textArray([query.concept])}` : undefined,
    sdg: query.sdg ? sql`${col('sdgs')} @> ARRAY[${query.sdg}]::smallint[]` : undefined,
    lang: query.lang ? sql`${col('lang')} = ${query.lang}` : undefined,
  };
  // Offers and requests past their valid-until day are no longer public (item-validity.ts).
  // Unqualified columns: the condition applies to search_documents and to search_facet_rows.
  const standing = and(sql`(valid_until IS NULL OR valid_until >= ${todayIso()}::date)`, searchVisibilityCondition(ctx.actor))!;
  return {
    match,
    standing,
    filters,
    analysed,
    anyText: anyWordText(text, analysed?.lang ?? null, analysed?.corrections),
    relaxed: text ? relaxedBranches({ text, anyTsquery: tsq.loose, inCities }) : undefined,
    anywhere: anywhere.length ? anywhere : undefined,
  };
}

/** ORDER BY over unqualified columns (search_documents, or the matched rows with their score). */
function ordering(query: SearchQuery, p: Plan): SQL {
  const id = (name: string) => sql.identifier(name);
  const byName = sql`${id('name_folded')}, (${id('entity_type')} <> 'organisation'), ${id('entity_type')}, ${id('position')}, ${id('id')}`;
  const sort = query.sort ?? (p.analysed ? 'relevance' : 'name');
  if (sort === 'newest') return sql`${id('updated_at')} DESC, ${byName}`;
  // Without a query every row scores the same: relevance is the name order.
  if (sort === 'relevance' && p.match) return sql`${id('score')} DESC, ${byName}`;
  return byName;
}

async function cityNames(ctx: ServiceContext, ids: string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const rows = await cityNamesOf(ctx, 'id', ids);
  return new Map(rows.map((c) => [c.id, c.name]));
}

function shapeFacets(counts: FacetResult['counts'], names: Map<string, string>): SearchResponse['facets'] {
  return Object.fromEntries(
    facetDimensions.map((dim) => [
      dim,
      counts
        .filter((r) => r.dim === dim)
        .map((r) => (dim === 'city' ? { value: r.value, label: names.get(r.value) ?? '', count: r.n } : { value: r.value, count: r.n }))
        .sort((a, b) => b.count - a.count || (a.label ?? a.value).localeCompare(b.label ?? b.value)),
    ]),
  ) as SearchResponse['facets'];
}

const escapeHtml = (column: PgColumn) => sql`replace(replace(replace(${column}, '&', '&amp;'), '<', '&lt;'), '>', '&gt;')`;

async function loadHits(ctx: ServiceContext, p: Plan, page: { id: string; score: number }[]): Promise<SearchHit[]> {
  if (!page.length) return [];
  const hq = sql`(websearch_to_tsquery(${d.config}::regconfig, ${p.anyText}) || websearch_to_tsquery(${d.config}::regconfig, unaccent(${p.anyText})))`;
  const options = 'StartSel=<mark>, StopSel=</mark>, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "';
  // The organisation and city shown with each hit, joined from their owners' subqueries: one statement.
  const org = organisationSummariesSubquery('org');
  const city = citySummariesSubquery('city');
  const rows = await ctx.db
    .select({
      docId: d.id,
      type: d.entityType,
      id: d.entityId,
      position: d.position,
      organisation: { id: org.id, key: org.key, name: org.name },
      city: { id: city.id, key: city.key, name: city.name, country: city.country },
      kind: d.kind,
      category: d.category,
      lang: d.lang,
      themes: d.themes,
      concepts: d.concepts,
      sdgs: d.sdgs,
      title: d.title,
      titleHighlight: sql<string>`ts_headline(${d.config}::regconfig, ${escapeHtml(d.title)}, ${hq}, 'StartSel=<mark>, StopSel=</mark>, HighlightAll=true')`,
      bodyHighlight: sql<string>`ts_headline(${d.config}::regconfig, ${escapeHtml(d.body)}, ${hq}, ${options})`,
    })
    .from(d)
    .leftJoin(org, eq(org.id, d.organisationId))
    .innerJoin(city, eq(city.id, d.cityId))
    .where(
      inArray(
        d.id,
        page.map((r) => r.id),
      ),
    );
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

/**
 * Related results below a search that found few organisations (search-related.ts): only on the
 * first page of a text query whose results all fit on it, within the same filters.
 */
async function loadRelated(
  ctx: ServiceContext,
  p: Plan,
  query: SearchQuery,
  found: { page: FacetResult['page']; items: SearchHit[]; total: number },
): Promise<SearchHit[]> {
  const { page: foundPage, items, total } = found;
  if (!p.analysed?.text || query.offset > 0 || total > items.length) return [];
  const foundOrganisationIds = [...new Set(items.map((hit) => hit.organisation?.id).filter((id): id is string => !!id))];
  if (foundOrganisationIds.length >= RELATED_BELOW_ORGANISATIONS) return [];
  const filters = facetDimensions.map((dim) => p.filters[dim]).filter((f): f is SQL => !!f);
  const page = await relatedPage(ctx, {
    branches: relatedBranches({
      relaxed: p.relaxed,
      concepts: p.analysed.concepts,
      inCities: inCitiesOf(p.analysed),
      foundKinds: [...new Set(items.map((hit) => hit.kind).filter((kind): kind is string => !!kind))],
      foundConcepts: conceptsOfFound(items.map((hit) => ({ organisationId: hit.organisation?.id ?? null, concepts: hit.concepts }))),
    }),
    where: and(p.standing, ...filters)!,
    foundIds: foundPage.map((row) => row.id),
    foundOrganisationIds,
  });
  return loadHits(ctx, p, page);
}

/**
 * One search over organisations, offers, requests and people: everything it returns is public,
 * except people, who are found only where their consent lets the caller see them.
 */
export async function search(
  ctx: ServiceContext,
  query: SearchQuery,
  /** How counts without a query are estimated (search-facets.ts's defaults): tests and benchmarks set it. */
  options: { facetEstimate?: FacetPlan['estimate'] } = {},
): Promise<SearchResponse> {
  const p = await plan(ctx, query);
  const visibility = searchVisibilityCondition(ctx.actor);
  const run = (textMatch: Plan['match']) =>
    facetsAndPage(ctx, {
      textMatch,
      base: p.standing,
      visibility,
      publicOnly: ctx.actor.kind !== 'user' && !isAdmin(ctx.actor),
      filters: p.filters,
      ordering: ordering(query, p),
      limit: query.limit,
      offset: query.offset,
      today: todayIso(),
      estimate: options.facetEstimate,
    });
  let { counts, total, page, estimated, totalEstimated } = await run(p.match);
  // Nothing found: a second, looser plan, so that a query naming something held is never empty.
  if (!total && p.relaxed) ({ counts, total, page, estimated, totalEstimated } = await run(p.relaxed));
  if (!total && p.anywhere) ({ counts, total, page, estimated, totalEstimated } = await run(p.anywhere));
  const cityIds = counts.filter((c) => c.dim === 'city').map((c) => c.value);
  // Read-only and never inside a transaction: on the pool both queries can run at once.
  const [items, names] = await Promise.all([loadHits(ctx, p, page), cityNames(ctx, cityIds)]);
  const related = await loadRelated(ctx, p, query, { page, items, total });
  return {
    items,
    related,
    total,
    estimated,
    totalEstimated,
    limit: query.limit,
    offset: query.offset,
    query: { lang: p.analysed?.lang ?? null, concepts: p.analysed?.concepts ?? [], cities: p.analysed?.cityIds ?? [] },
    facets: shapeFacets(counts, names),
  };
}
