import type { HistoryContribution } from '../audit/index.ts';
import { canEditCity } from './city-policy.ts';
import { cityNames } from './city-queries.ts';

/** A city's history is for its coordinators; cities are public, so every history may name them. */
const cityHistory: HistoryContribution = {
  subjects: [{ entityType: 'city', mayRead: async (ctx, id) => canEditCity(ctx.actor, id) }],
  names: [{ type: 'city', public: true, names: cityNames }],
};

export default cityHistory;
