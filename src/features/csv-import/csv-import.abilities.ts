import { elsewhere, ownCityOf, type AbilityContribution } from '../../shared/abilities.ts';
import { canImportCsv } from './csv-import-policy.ts';

/** Importing organisations from a CSV file: into one's own city, or into any city. */
const csvImportAbilities: AbilityContribution = {
  abilities: {
    importCsv: (actor) => canImportCsv(actor, ownCityOf(actor)),
    importCsvIntoAnyCity: (actor) => canImportCsv(actor, elsewhere),
  },
};

export default csvImportAbilities;
