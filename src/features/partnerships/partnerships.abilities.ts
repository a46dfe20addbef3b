import { ownCityOf, type AbilityContribution } from '../../shared/abilities.ts';
import { canCreatePartnership } from './partnership-policy.ts';

/** Starting a partnership: one that the actor's own city takes part in (administrators: any). */
const partnershipsAbilities: AbilityContribution = {
  abilities: { createPartnership: (actor) => canCreatePartnership(actor, [ownCityOf(actor)]) },
};

export default partnershipsAbilities;
