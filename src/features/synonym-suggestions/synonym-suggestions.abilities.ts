import type { AbilityContribution } from '../../shared/abilities.ts';
import { canSeeSynonymSuggestions } from './synonym-suggestions-policy.ts';

/** The "Suggested synonyms" section of the taxonomy page: the rule the use case applies. */
const synonymSuggestionAbilities: AbilityContribution = {
  abilities: { seeSynonymSuggestions: canSeeSynonymSuggestions },
};

export default synonymSuggestionAbilities;
