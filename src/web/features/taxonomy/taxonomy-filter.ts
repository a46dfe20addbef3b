import type { TaxonomyView } from '../../../features/taxonomy/taxonomy.schemas.ts';

export type TaxonomyConceptView = TaxonomyView['concepts'][number];

export interface TaxonomyFilter {
  q: string;
  domain: string;
  sdg: string;
}

/** Lower case without accents, so "irigatii" finds "Irigații" and "bewasserung" finds "Bewässerung". */
export const foldText = (value: string) => value.normalize('NFKD').replace(/\p{M}/gu, '').replace(/ß/g, 'ss').toLowerCase().trim();

/** Every word a reader might look a concept up by, in every language. */
function searchableText(concept: TaxonomyConceptView, lang: string): string {
  const all = [
    concept.key,
    ...Object.values(concept.labels),
    ...Object.values(concept.synonyms).flat(),
    ...concept.addedSynonyms.map((s) => s.term),
    concept.definitions[lang as keyof TaxonomyConceptView['definitions']] ?? concept.definitions.en,
  ];
  return foldText(all.join('\n'));
}

/** The concepts that match the search words (all of them, in any order), the domain and the goal. */
export function filterConcepts(concepts: readonly TaxonomyConceptView[], filter: TaxonomyFilter, lang: string): TaxonomyConceptView[] {
  const words = foldText(filter.q).split(/\s+/).filter(Boolean);
  const goal = filter.sdg ? Number(filter.sdg) : null;
  return concepts.filter((c) => {
    if (filter.domain && c.domain !== filter.domain) return false;
    if (goal !== null && !c.sdgs.includes(goal)) return false;
    if (!words.length) return true;
    const text = searchableText(c, lang);
    return words.every((w) => text.includes(w));
  });
}
