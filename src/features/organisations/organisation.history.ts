import { isAdmin } from '../../shared/actor.ts';
import type { HistoryContribution } from '../audit/index.ts';
import { organisationCityId, organisationNames } from './organisation-queries.ts';

/** An organisation's history is for its city's coordinators and its own editors; its name is public. */
const organisationHistory: HistoryContribution = {
  subjects: [
    {
      entityType: 'organisation',
      async mayRead(ctx, id) {
        if (isAdmin(ctx.actor)) return true;
        if (ctx.actor.kind !== 'user') return false;
        const cityId = await organisationCityId(ctx, id);
        if (cityId === null) return false;
        return (ctx.actor.role === 'coordinator' && ctx.actor.cityId === cityId) || (ctx.actor.role === 'org-editor' && ctx.actor.organisationId === id);
      },
    },
  ],
  names: [{ type: 'organisation', public: true, names: organisationNames }],
};

export default organisationHistory;
