import type { AbilityContribution } from '../../shared/abilities.ts';
import { canManageCalls } from './calls-policy.ts';

/** Importing and syncing EU calls, and their import log. */
const callsAbilities: AbilityContribution = {
  abilities: { manageCalls: canManageCalls },
};

export default callsAbilities;
