import { ownCityOf, type AbilityContribution } from '../../shared/abilities.ts';
import { canPlanActivity } from './activity-policy.ts';

/** Planning an activity, for a partnership the actor's own city takes part in (administrators: any). */
const activitiesAbilities: AbilityContribution = {
  abilities: { planActivity: (actor) => canPlanActivity(actor, [ownCityOf(actor)]) },
};

export default activitiesAbilities;
