import { ownCityOf, type AbilityContribution } from '../../shared/abilities.ts';
import { canStartProject } from './project-policy.ts';

/** Starting a joint project, for a partnership the actor's own city takes part in (administrators: any). */
const projectsAbilities: AbilityContribution = {
  abilities: { startProject: (actor) => canStartProject(actor, [ownCityOf(actor)]) },
};

export default projectsAbilities;
