import type { AbilityContribution } from '../../shared/abilities.ts';
import { isAdmin } from '../../shared/actor.ts';

/** The mail outbox page: the rule `outbox.service.ts` applies (platform administrators). */
const mailAbilities: AbilityContribution = {
  abilities: { readMailOutbox: isAdmin },
};

export default mailAbilities;
