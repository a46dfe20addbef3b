// The taxonomy feature as other features may use it (issue 12): its read queries.

export { taxonomyWithSynonyms } from './taxonomy-with-synonyms.ts';
export { existingConceptKeys, shippedTaxonomyHash, syncTaxonomy } from './taxonomy.service.ts';
export { type Taxonomy, type TaxonomyConcept, getTaxonomy, loadTaxonomy, taxonomyLanguages } from './taxonomy.ts';
export { conceptKeysForTheme } from './themes-to-concepts.ts';
export { conceptDomains } from './concept-domains.ts';
export { narrowerConcepts } from './concept-hierarchy.ts';
export { claimRetagWork, markRetagApplied, releaseRetagClaim, taxonomyRevisionNumber } from './taxonomy-revision.ts';
export { addedSynonyms } from './added-synonyms.ts';
export { crossLanguageLexicon, lexiconLanguages, type LexiconEntry, type LexiconLanguage } from './cross-language-lexicon.ts';
