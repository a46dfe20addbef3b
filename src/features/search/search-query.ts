import { sql, type SQL } from 'drizzle-orm';
import type { ServiceContext } from '../../shared/context.ts';
import { foldForLookup } from '../../shared/text-normalize.ts';
import { cityAliasesByFoldedName, citiesByFoldedNameOrKey } from '../cities/index.ts';
import { conceptTaggerFor } from '../tagging/index.ts';
import { searchConfigs } from './search-language.ts';
import { domainsIn } from '../tagging/index.ts';
import { getTaxonomy } from '../taxonomy/index.ts';

/** What the service needs to know about the free text of a search. */
export interface AnalysedQuery {
  /** The words left after city names were taken out, for full-text matching. */
  text: string;
  /** The whole query, folded, for trigram similarity against names. */
  folded: string;
  lang: string | null;
  concepts: string[];
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
      const ids = byName.get(folded.slice(i, i + n).join(' '));
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

export async function analyseQuery(ctx: ServiceContext, q: string | undefined): Promise<AnalysedQuery | null> {
  const trimmed = q?.trim() ?? '';
  if (!trimmed) return null;
  const { rest, cityIds } = await takeCityMentions(ctx, trimmed);
  const tagged = rest ? (await conceptTaggerFor(ctx)).tag(rest) : { lang: null, concepts: [] };
  return {
    text: rest,
    folded: foldForLookup(trimmed),
    lang: tagged.lang,
    // A query is short: a single clear term is evidence enough, so no lower threshold is needed.
    concepts: withDomainConcepts(
      tagged.concepts.map((c) => c.key),
      rest ? domainsIn(rest, { lang: tagged.lang }) : [],
    ),
    cityIds,
  };
}

/** Query words for an "any of them" search (websearch syntax is never a syntax error). */
export function anyWordText(text: string): string {
  const words = text.match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.filter((w) => w.toLowerCase() !== 'or').join(' or ');
}

/**
 * The query in every configuration an index row can have, OR-ed: the query's language may not be
 * the document's, and a constant query lets the GIN index on search_vector work.
 */
export function tsqueryAllConfigs(text: string): SQL {
  return sql.join(
    searchConfigs.map((c) => sql`websearch_to_tsquery(${c}::regconfig, unaccent(${text}))`),
    sql` || `,
  );
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
