import { loadTaxonomy, type Taxonomy, type TaxonomyLanguage } from './taxonomy.ts';

export interface AddedSynonym {
  conceptKey: string;
  lang: TaxonomyLanguage;
  term: string;
}

/**
 * The shipped taxonomy with the synonyms administrators added. Pure, so the tagger built from it
 * can be cached by the caller. Synonyms of concepts the shipped data no longer has are ignored:
 * the tagger only proposes concepts of the current version.
 */
export function taxonomyWithSynonyms(base: Taxonomy, added: readonly AddedSynonym[]): Taxonomy {
  if (!added.length) return base;
  const byConcept = new Map<string, AddedSynonym[]>();
  for (const s of added) byConcept.set(s.conceptKey, [...(byConcept.get(s.conceptKey) ?? []), s]);
  const concepts = base.concepts.map((concept) => {
    const extra = byConcept.get(concept.key);
    if (!extra) return concept;
    const synonyms = { ...concept.synonyms };
    for (const s of extra) synonyms[s.lang] = [...synonyms[s.lang], s.term.trim()];
    return { ...concept, synonyms };
  });
  return loadTaxonomy({
    version: base.version,
    name: 'Pontis ecosystem taxonomy with added synonyms',
    languages: ['de', 'ro', 'en', 'hu'],
    domains: base.domains,
    concepts,
  });
}
