// The matching feature as other features may use it (issue 12): its public module.
export { runConceptMatching } from './concept-profile-matching.ts';
export { presentMatches } from './present-matches.ts';
export { readerLanguage } from './reader-language.ts';
export { suggestMatches } from './suggest-matches.service.ts';
