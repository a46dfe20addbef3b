import { getTaxonomy } from '../taxonomy/taxonomy.ts';
import { createLexiconTagger, type ConceptTagger } from '../tagging/concept-tagger.ts';

/** PostgreSQL text search configuration per language; 'simple' (no stemming) for the rest. */
const configs: Record<string, string> = { de: 'german', ro: 'romanian', en: 'english', hu: 'hungarian' };

export const searchConfigs = ['german', 'romanian', 'english', 'hungarian', 'simple'] as const;

export const textSearchConfig = (lang: string | null | undefined): string => (lang && configs[lang.toLowerCase()]) || 'simple';

let tagger: ConceptTagger | undefined;

/** Built once per process on first use: the lexicon index is the expensive part. */
export function searchTagger(): ConceptTagger {
  tagger ??= createLexiconTagger(getTaxonomy());
  return tagger;
}
