// The tagging feature as other features may use it (issue 12): its public module.
export { type ConceptTagger } from './concept-tagger.ts';
export { detectLanguage, stopwordsOf } from './detect-language.ts';
export { genericWords } from './generic-words.ts';
export { domainsIn } from './domain-tagger.ts';
export { conceptTaggerFor } from './tagger-for.ts';
export { evidenceTerms, lexiconMeanings, wordsBehindTerms, wordsWithTerms } from './evidence-terms.ts';
export { createCompoundSplitter, germanLinkingElements, type CompoundSplitter } from './split-compound.ts';
