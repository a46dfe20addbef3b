import { isAdmin } from '../../shared/actor.ts';
import type { HistoryContribution } from '../audit/index.ts';
import { canReadOrganisationHistory } from './organisation-policy.ts';
import { organisationCityId, organisationNames } from './organisation-queries.ts';

/** An organisation's history is for its city's coordinators and its own editors; its name is public. */
const organisationHistory: HistoryContribution = {
  subjects: [
    {
      entityType: 'organisation',
      async mayRead(ctx, id) {
        // Admins read the history of deleted organisations too (no city left to ask).
        if (isAdmin(ctx.actor)) return true;
        if (ctx.actor.kind !== 'user') return false;
        const cityId = await organisationCityId(ctx, id);
        if (cityId === null) return false;
        return canReadOrganisationHistory(ctx.actor, { id, cityId });
      },
    },
  ],
  names: [{ type: 'organisation', public: true, names: organisationNames }],
};

export default organisationHistory;
