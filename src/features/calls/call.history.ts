import type { HistoryContribution } from '../audit/index.ts';
import { callTitles } from './call-queries.ts';

/** Calls are public: every history may name them. They have no history of their own. */
const callHistory: HistoryContribution = {
  names: [{ type: 'call', public: true, names: async (ctx, _by, ids) => (await callTitles(ctx, ids)).map((r) => ({ id: r.id, key: null, name: r.title })) }],
};

export default callHistory;
