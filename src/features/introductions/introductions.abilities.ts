import { elsewhere, ownCityOf, type AbilityContribution } from '../../shared/abilities.ts';
import { isAdmin, type Actor } from '../../shared/actor.ts';
import { coordinatesCityOf, introductionMode, type SideFacts } from './introduction-policy.ts';

const side = (cityId: string): SideFacts => ({ organisationId: elsewhere, cityId, hasEditors: true });

/** What `introductionPipeline` allows: administrators (any city) and coordinators (their own city). */
const seesPipeline = (actor: Actor) => isAdmin(actor) || coordinatesCityOf(actor, side(ownCityOf(actor)));

/** Introductions outside any one of them: brokering between two organisations, the pipeline. */
const introductionsAbilities: AbilityContribution = {
  abilities: {
    /** Brokering an introduction that touches the actor's own city (administrators: any). */
    brokerIntroductions: (actor) => introductionMode(actor, side(elsewhere), side(ownCityOf(actor))) === 'broker',
    seeIntroductionPipeline: seesPipeline,
    seeIntroductionPipelineOfAnyCity: isAdmin,
  },
};

export default introductionsAbilities;
