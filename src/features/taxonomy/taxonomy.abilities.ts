import type { AbilityContribution } from '../../shared/abilities.ts';
import { isAdmin } from '../../shared/actor.ts';

/** Changing the taxonomy (synonyms): the rule `concept-synonyms.service.ts` applies, platform administrators. */
const taxonomyAbilities: AbilityContribution = {
  abilities: { editTaxonomy: isAdmin },
};

export default taxonomyAbilities;
