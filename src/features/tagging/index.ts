// The tagging feature as other features may use it (issue 12): its public module.
export { type ConceptTagger } from './concept-tagger.ts';
export { detectLanguage } from './detect-language.ts';
export { domainsIn } from './domain-tagger.ts';
export { conceptTaggerFor } from './tagger-for.ts';
