import { elsewhere, ownCityOf, type AbilityContribution } from '../../shared/abilities.ts';
import { canCreateOrganisation, canReviewItems } from './organisation-policy.ts';

/** Adding organisations to a city's register and reviewing their offers and requests. */
const organisationsAbilities: AbilityContribution = {
  abilities: {
    createOrganisation: (actor) => canCreateOrganisation(actor, ownCityOf(actor)),
    createOrganisationInAnyCity: (actor) => canCreateOrganisation(actor, elsewhere),
    reviewItems: (actor) => canReviewItems(actor, ownCityOf(actor)),
    reviewItemsInAnyCity: (actor) => canReviewItems(actor, elsewhere),
  },
};

export default organisationsAbilities;
