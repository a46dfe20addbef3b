import { elsewhere, ownCityOf, ownOrganisationOf, type AbilityContribution } from '../../shared/abilities.ts';
import { canEditPerson } from './person-policy.ts';

/**
 * Adding a person: for one's own organisation (organisation editors), anyone of one's own city
 * (coordinators), or of any city (administrators).
 */
const peopleAbilities: AbilityContribution = {
  abilities: {
    createPerson: (actor) => canEditPerson(actor, { cityId: ownCityOf(actor), organisationId: ownOrganisationOf(actor) }),
    createPersonInOwnCity: (actor) => canEditPerson(actor, { cityId: ownCityOf(actor), organisationId: null }),
    createPersonInAnyCity: (actor) => canEditPerson(actor, { cityId: elsewhere, organisationId: null }),
  },
};

export default peopleAbilities;
