import { isAdmin } from '../../shared/actor.ts';
import type { HistoryContribution } from '../audit/index.ts';
import { canReadPersonHistory } from './person-policy.ts';
import { personNames, personOwnership } from './person-queries.ts';

/** A person's history is for their city's coordinators and their organisation's editors, who alone see their name in others' histories. */
const personHistory: HistoryContribution = {
  subjects: [
    {
      entityType: 'person',
      async mayRead(ctx, id) {
        if (isAdmin(ctx.actor)) return true;
        if (ctx.actor.kind !== 'user') return false;
        const person = await personOwnership(ctx, id);
        if (!person) return false;
        return canReadPersonHistory(ctx.actor, person);
      },
    },
  ],
  names: [{ type: 'person', public: false, names: async (ctx, _by, ids) => (await personNames(ctx, ids)).map((row) => ({ ...row, key: null })) }],
};

export default personHistory;
