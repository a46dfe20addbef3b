import type { AbilityContribution } from '../../shared/abilities.ts';
import type { Actor } from '../../shared/actor.ts';
import { qualityScope } from './matching-policy.ts';

/** The scope `qualityScope` grants, or null where it refuses. */
function scopeOf(actor: Actor): { cityId: string | null } | null {
  try {
    return qualityScope(actor);
  } catch {
    return null;
  }
}

/** The matching quality page: one's own city's organisations, or every city's. */
const matchingAbilities: AbilityContribution = {
  abilities: {
    seeMatchingQuality: (actor) => scopeOf(actor) !== null,
    seeMatchingQualityOfAnyCity: (actor) => scopeOf(actor)?.cityId === null,
  },
};

export default matchingAbilities;
