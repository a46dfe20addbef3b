import { and, sql, type SQL } from 'drizzle-orm';
import { foldForLookup } from '../../shared/text-normalize.ts';
import { evidenceTerms } from '../tagging/index.ts';
import { shareOfKeys, termsHold } from './search-query.ts';
import { searchDocuments as d } from './search.table.ts';

/** Words of the query compared one by one with names; a longer query is not a name. */
const MAX_NAME_WORDS = 6;
/** Shorter words are similar to too many names ("IT", "Cluj" is a city and already taken out). */
const MIN_NAME_WORD = 4;

export interface RelaxedInput {
  /** The query's words, city names taken out. */
  text: string;
  /** The "any of the words" tsquery, already compiled ('' when there is none). */
  anyTsquery: string;
  /** Narrows every branch to the cities the query named. */
  inCities: SQL | undefined;
}

/**
 * The second plan for a query that found nothing (issue 14: no query naming something the
 * registry holds may come back empty): any of the words instead of all, each word's trigram
 * similarity to names ("Flughaffen Dortmnud"), and the language-independent evidence terms of the
 * words (tagging's `evidenceTerms`: "telemedicină" meets "Telemedizin"). Each branch is read
 * through its own index (search_vector, name_folded's trigrams, the partial GIN index on terms);
 * the service unites them as it does the normal branches. Undefined when there is nothing to relax.
 */
export function relaxedBranches(input: RelaxedInput): { cond: SQL; score: SQL }[] | undefined {
  const branches: { cond: SQL; score: SQL }[] = [];
  const scored = (cond: SQL, score: SQL) => ({ cond: and(cond, input.inCities)!, score: sql`(${score})::float8` });
  const words = input.text.match(/[\p{L}\p{N}]+/gu) ?? [];
  // One word: "any of the words" is the normal plan again.
  if (input.anyTsquery && words.length > 1) {
    branches.push(scored(sql`${d.searchVector} @@ ${input.anyTsquery}::tsquery`, sql`ts_rank_cd(${d.searchVector}, ${input.anyTsquery}::tsquery, 32)`));
  }
  const nameWords = [...new Set(words.map(foldForLookup).filter((w) => w.length >= MIN_NAME_WORD))].slice(0, MAX_NAME_WORDS);
  for (const word of nameWords) {
    branches.push(scored(sql`${word} <% ${d.nameFolded}`, sql`0.5 * word_similarity(${word}, ${d.nameFolded})`));
  }
  const terms = evidenceTerms(input.text);
  if (terms.length) branches.push(scored(termsHold(terms, 'any'), sql`0.5 * ${shareOfKeys(d.terms, terms)}`));
  return branches.length ? branches : undefined;
}
