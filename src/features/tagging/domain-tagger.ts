import { getTaxonomy, loadTaxonomy, taxonomyLanguages, type Taxonomy } from '../taxonomy/index.ts';
import { createLexiconTagger, type ConceptTagger, type TagOptions } from './concept-tagger.ts';

/**
 * Words that name a whole domain ("Landwirtschaft", "mobilitate", "közlekedés") are too broad to
 * tag a concept, but a search for them should find the domain's concepts. The domain labels are
 * read as a small taxonomy of their own: each domain is one entry whose terms are the parts of its
 * label ("Landwirtschaft und Ernährung" → "Landwirtschaft", "Ernährung"), matched with the same
 * stemming, folding and compound splitting as concepts.
 */
const CONJUNCTIONS = /\s*,\s*|\s+(?:und|și|si|and|és)\s+/iu;

export function labelParts(label: string): string[] {
  return label
    .split(CONJUNCTIONS)
    .map((part) => part.trim())
    .filter((part) => part.length >= 3);
}

function domainTaxonomy(taxonomy: Taxonomy): Taxonomy {
  const perLanguage = <T>(value: (lang: (typeof taxonomyLanguages)[number]) => T) =>
    Object.fromEntries(taxonomyLanguages.map((l) => [l, value(l)])) as Record<(typeof taxonomyLanguages)[number], T>;
  return loadTaxonomy({
    version: taxonomy.version,
    name: 'Domains of the Pontis taxonomy',
    languages: ['de', 'ro', 'en', 'hu'],
    domains: taxonomy.domains,
    concepts: taxonomy.domains.map((d) => ({
      key: d.key,
      domain: d.key,
      labels: d.labels,
      definitions: d.labels,
      synonyms: perLanguage((l) => labelParts(d.labels[l])),
      sdgs: [...new Set(taxonomy.conceptsInDomain(d.key).flatMap((c) => c.sdgs))].sort((a, b) => a - b),
    })),
  });
}

let tagger: ConceptTagger | undefined;

/** The domains a (short) text names; shipped data only, so built once per process. */
export function domainsIn(text: string, options?: TagOptions): string[] {
  tagger ??= createLexiconTagger(domainTaxonomy(getTaxonomy()));
  return tagger.tag(text, options).concepts.map((c) => c.key);
}
