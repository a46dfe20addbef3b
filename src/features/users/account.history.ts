import type { HistoryContribution } from '../audit/index.ts';
import { userDisplayNames } from './user-queries.ts';

/** Histories name the accounts that made changes by display name; e-mail addresses stay out. */
const accountHistory: HistoryContribution = { authorNames: userDisplayNames };

export default accountHistory;
