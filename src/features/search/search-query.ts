import { sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { ServiceContext } from '../../shared/context.ts';
import { foldForLookup } from '../../shared/text-normalize.ts';
import { cityAliasesByFoldedName, citiesByFoldedNameOrKey } from '../cities/index.ts';
import { conceptTaggerFor } from '../tagging/index.ts';
import { hungarianCityBases } from './hungarian-city-forms.ts';
import { queryWithCompoundsApart, queryWordParts } from './search-compounds.ts';
import { searchConfigs } from './search-language.ts';
import { respelled, spellingVariants } from './search-spelling.ts';
import { domainsIn, lexiconMeanings } from '../tagging/index.ts';
import { getTaxonomy, narrowerConcepts } from '../taxonomy/index.ts';
import { typoCorrections } from './search-typos.ts';
import { searchDocuments } from './search.table.ts';

/** What the service needs to know about the free text of a search. */
export interface AnalysedQuery {
  /** The words left after city names were taken out, for full-text matching. */
  text: string;
  /** The whole query, folded, for trigram similarity against names. */
  folded: string;
  lang: string | null;
  concepts: string[];
  /**
   * Concepts narrower than the query's ("renewable energy": solar energy, energy communities), not
   * among them: rows tagged only with these are found too, ranked below the query's own concepts.
   */
  narrower: string[];
  /**
   * Meanings of the cross-language lexicon the words name (tagging's lexiconMeanings: "Glocke" is
   * "~=bell"), matched against the rows' evidence terms: "Glocke" finds "clopote" and "harangok".
   */
  meanings: string[];
  /**
   * Words of the query the taxonomy and the lexicon do not know, with the known words one edit away
   * that are asked for beside them (search-typos.ts): "irigation" is also "irrigation". Keys in lower case.
   */
  corrections: Record<string, string[]>;
  /** Cities named in the query ("Klausenburg", "Cluj Napoca"). */
  cityIds: string[];
}

const MAX_CITY_WORDS = 3;

/**
 * Finds city names and aliases among the words of the query (longest first) and removes them from
 * the text: "Klausenburg Bewässerung" means irrigation in Cluj-Napoca, not the word Klausenburg.
 */
async function takeCityMentions(ctx: ServiceContext, q: string): Promise<{ rest: string; cityIds: string[] }> {
  const words = q.split(/\s+/).filter(Boolean);
  const folded = words.map((w) => foldForLookup(w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')));
  const candidates = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    for (let n = 1; n <= MAX_CITY_WORDS && i + n <= words.length; n++) candidates.add(folded.slice(i, i + n).join(' '));
  }
  // Hungarian inflects the city's name ("kolozsvári egyetemek", "Kolozsváron", "Dortmundban"): the
  // names those forms may come from are asked for too.
  for (const c of [...candidates]) for (const base of hungarianCityBases(c)) candidates.add(base);
  candidates.delete('');
  if (!candidates.size) return { rest: q, cityIds: [] };
  const list = [...candidates];
  // Only the search reads this (on the pool, never inside a transaction): both at once is safe.
  const [named, aliased] = await Promise.all([citiesByFoldedNameOrKey(ctx, list), cityAliasesByFoldedName(ctx, list)]);
  const byName = new Map<string, Set<string>>();
  const add = (name: string, id: string) => byName.set(name, (byName.get(name) ?? new Set()).add(id));
  for (const c of named) {
    add(c.normalized, c.id);
    add(c.key, c.id);
  }
  for (const a of aliased) add(a.normalized, a.id);
  if (!byName.size) return { rest: q, cityIds: [] };

  const rest: string[] = [];
  const cityIds = new Set<string>();
  for (let i = 0; i < words.length;) {
    let taken = 0;
    for (let n = Math.min(MAX_CITY_WORDS, words.length - i); n >= 1 && !taken; n--) {
      const said = folded.slice(i, i + n).join(' ');
      const ids =
        byName.get(said) ??
        hungarianCityBases(said)
          .map((base) => byName.get(base))
          .find(Boolean);
      if (ids) {
        ids.forEach((id) => cityIds.add(id));
        taken = n;
      }
    }
    if (taken) i += taken;
    else rest.push(words[i++]);
  }
  return { rest: rest.join(' '), cityIds: [...cityIds] };
}

/**
 * A word naming a whole domain ("Landwirtschaft", "közlekedés") stands for its concepts, so that
 * the broad word finds the Romanian irrigation offer as the specific one does.
 */
function withDomainConcepts(concepts: string[], domains: string[]): string[] {
  // Only when nothing more specific was found: "renewable energy" names a concept, and widening it
  // to all of energy and climate would bury the concept's hits among ten times as many.
  if (concepts.length) return concepts;
  const taxonomy = getTaxonomy();
  const expanded = new Set(concepts);
  for (const domain of domains) for (const c of taxonomy.conceptsInDomain(domain)) expanded.add(c.key);
  return [...expanded];
}

/**
 * The query's words that look like typos of known words. The word as written stays asked for, so a
 * correct word the dictionary lacks loses nothing; whether the index holds it cannot decide (a
 * typo often stems like some word in one of the four languages: "irigation" as Romanian "irig").
 */
function typosIn(text: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const word of new Set((text.match(/\p{L}+/gu) ?? []).map((w) => w.toLowerCase()))) {
    const fixes = typoCorrections(word);
    if (fixes.length) out[word] = fixes;
  }
  return out;
}

const corrected = (text: string, corrections: Record<string, string[]>) => text.replace(/\p{L}+/gu, (w) => corrections[w.toLowerCase()]?.[0] ?? w);

export async function analyseQuery(ctx: ServiceContext, q: string | undefined): Promise<AnalysedQuery | null> {
  const trimmed = q?.trim() ?? '';
  if (!trimmed) return null;
  const { rest, cityIds } = await takeCityMentions(ctx, trimmed);
  const tagger = await conceptTaggerFor(ctx);
  const tagged = rest ? tagger.tag(rest) : { lang: null, concepts: [] };
  // The synonyms are written in one spelling: "digitalization" is a domain word, "digitalisation"
  // must be one too. The other spelling is tagged as well and its findings added.
  const other = rest ? respelled(rest, tagged.lang) : '';
  // A word with a typo is tagged as the word it most likely is ("irigation": irrigation).
  const corrections = rest ? typosIn(rest) : {};
  const fixed = Object.keys(corrections).length ? corrected(rest, corrections) : '';
  const texts = [...new Set([rest, other, fixed].filter(Boolean))];
  const concepts = new Set(tagged.concepts.map((c) => c.key));
  for (const text of texts.slice(1)) for (const c of tagger.tag(text, { lang: tagged.lang }).concepts) concepts.add(c.key);
  const domains = new Set(texts.flatMap((text) => domainsIn(text, { lang: tagged.lang })));
  // A compound the taggers do not know may have parts they do ("vízszolgáltató": víz szolgáltató).
  // Only when the query as written names nothing: a known compound says more than its parts.
  const apart = rest && !concepts.size && !domains.size ? queryWithCompoundsApart(fixed || rest) : '';
  if (apart) {
    for (const c of tagger.tag(apart, { lang: tagged.lang }).concepts) concepts.add(c.key);
    for (const domain of domainsIn(apart, { lang: tagged.lang })) domains.add(domain);
  }
  const queryConcepts = withDomainConcepts([...concepts], [...domains]);
  return {
    text: rest,
    folded: foldForLookup(trimmed),
    lang: tagged.lang,
    // A query is short: a single clear term is evidence enough, so no lower threshold is needed.
    concepts: queryConcepts,
    narrower: [...new Set(queryConcepts.flatMap(narrowerConcepts))].filter((c) => !queryConcepts.includes(c)),
    meanings: [...new Set(texts.flatMap(lexiconMeanings))],
    corrections,
    cityIds,
  };
}

/** Query words for an "any of them" search (websearch syntax is never a syntax error), with their other spellings. */
export function anyWordText(text: string, lang: string | null = null, corrections: Record<string, string[]> = {}): string {
  const words = (text.match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.toLowerCase() !== 'or');
  return [...new Set(words.flatMap((w) => [w, ...spellingVariants(w, lang), ...(corrections[w.toLowerCase()] ?? [])]))].join(' or ');
}

/** Quotes, "or" and "-word" are websearch syntax: such a query is read as written, whole. */
const hasSyntax = (words: string[]) => words.some((w) => w.includes('"') || w.startsWith('-') || w.toLowerCase() === 'or');
const bare = (word: string) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

/**
 * The query in every configuration an index row can have: the query's language may not be the
 * document's, and a constant query lets the GIN index on search_vector work. Each word may match
 * in any configuration, all words being required: a row's own words are stemmed in its language
 * and the kind and theme words its vector carries in the other three ("Spital Kolozsvár" is a
 * Romanian word for a kind beside a Hungarian city). A word with other spellings
 * ("digitalisation") or a typo ("irigation") asks for any of them. A query with websearch syntax
 * (quotes, "or", "-word") is read as written, whole, in each configuration. A German or Hungarian
 * compound may also be met by its parts, all of them (`compoundParts: false` leaves that out).
 */
export function tsqueryAllConfigs(
  text: string,
  lang: string | null = null,
  corrections: Record<string, string[]> = {},
  { compoundParts = true }: { compoundParts?: boolean } = {},
): SQL {
  const words = text.split(/\s+/).filter(Boolean);
  if (!words.length) return sql`''::tsquery`;
  if (hasSyntax(words)) return anyOfDistinct(searchConfigs.map((c) => sql`websearch_to_tsquery(${c}::regconfig, unaccent(${text}))`));
  const spelled = words.map((w) => [...new Set([w, ...spellingVariants(bare(w), lang), ...(corrections[bare(w).toLowerCase()] ?? [])])]);
  const inConfig = (c: string, form: string) => sql`websearch_to_tsquery(${c}::regconfig, unaccent(${form}))`;
  // A stop word of one language ("de", "the", "és") is asked for by no word of the query, as
  // before when the whole query was read in each configuration: it matches everything.
  const stopWord = (word: string) =>
    sql.join(
      searchConfigs.filter((c) => c !== 'simple').map((c) => sql`numnode(${inConfig(c, word)}) = 0`),
      sql` OR `,
    );
  const inAnyConfig = (forms: string[]) => anyOfDistinct(searchConfigs.flatMap((c) => forms.map((f) => inConfig(c, f))));
  // A compound may also be met by its parts, all of them ("Sportverein": sport and verein), in rows
  // that hold them as words of their own or inside other compounds (search-compounds.ts).
  const byParts = (word: string) =>
    (compoundParts ? queryWordParts(word) : []).map(
      (parts) =>
        sql`(${sql.join(
          parts.map((part) => sql`(${inAnyConfig([part])})`),
          sql` && `,
        )})`,
    );
  const anyConfig = (forms: string[]) =>
    sql`(CASE WHEN ${stopWord(forms[0])} THEN ''::tsquery ELSE (${sql.join([inAnyConfig(forms), ...byParts(bare(forms[0]))], sql` || `)}) END)`;
  return sql.join(spelled.map(anyConfig), sql` && `);
}

/**
 * Any of some tsqueries, each once: most words stem alike in several of the five configurations,
 * and a repeated lexeme ('partner' | 'partner' | …) made every row's test and ts_rank_cd dearer
 * (decision 0027: "Partner" was scored in 460 ms with its five copies, in 280 ms with two).
 */
function anyOfDistinct(queries: SQL[]): SQL {
  return sql`(SELECT coalesce(string_agg(DISTINCT '(' || q::text || ')', ' | '), '')::tsquery
    FROM unnest(ARRAY[${sql.join(queries, sql`, `)}]::tsquery[]) AS q WHERE numnode(q) > 0)`;
}

const LEXEME = /'(?:[^']|'')*'(?::[*A-D]+)?/g;

/**
 * A tsquery (as PostgreSQL prints it) that is only alternatives, each lexeme once: the "any of the
 * words" query is read whole in each configuration, so its lexemes repeat across them
 * ('greemnouth' | 'chamb' | … | 'greemnouth' | 'chamber' | …), and ts_rank_cd pays for every copy.
 * Any other tsquery is returned as it is.
 */
export function distinctAlternatives(tsquery: string): string {
  const lexemes = tsquery.match(LEXEME) ?? [];
  if (!lexemes.length || tsquery.replace(LEXEME, '').replace(/[\s|()]/g, '') !== '') return tsquery;
  return [...new Set(lexemes)].join(' | ');
}

/**
 * Whether tsqueryAllConfigs reads any word of the text also as its parts: when none, the query is
 * the same with `compoundParts` or without, and need not be compiled twice.
 */
export function hasCompoundWord(text: string): boolean {
  const words = text.split(/\s+/).filter(Boolean);
  return !hasSyntax(words) && words.some((w) => queryWordParts(bare(w)).length > 0);
}

/** A text array literal for SQL (drizzle would otherwise spread a JS array into a list). */
export function textArray(values: string[]): SQL {
  return values.length
    ? sql`ARRAY[${sql.join(
        values.map((v) => sql`${v}`),
        sql`, `,
      )}]::text[]`
    : sql`'{}'::text[]`;
}

/**
 * The share (0..1) of some keys a row's array column holds. One containment test per key is far
 * cheaper per row than intersecting the arrays in a subquery.
 */
export function shareOfKeys(column: PgColumn, keys: readonly string[]): SQL {
  const held = sql.join(
    keys.map((k) => sql`(${column} @> ${textArray([k])})::int`),
    sql` + `,
  );
  return sql`(${held})::float8 / ${keys.length}`;
}

/**
 * Rows whose evidence terms hold any or every one of `keys`, read through the terms' partial GIN
 * index (migration 0030), whose predicate is restated so that the planner uses it.
 */
export function termsHold(keys: readonly string[], mode: 'any' | 'every'): SQL {
  return sql`${searchDocuments.entityType} IN ('organisation', 'offer', 'request') AND ${searchDocuments.terms} ${mode === 'any' ? sql`&&` : sql`@>`} ${textArray([...keys])}`;
}
