// The synonym-suggestions feature as other features may use it: nothing yet besides its route.
export { suggestSynonyms } from './suggest-synonyms.service.ts';
