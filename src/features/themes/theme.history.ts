import type { HistoryContribution } from '../audit/index.ts';
import { themeLabels } from './theme-queries.ts';

/** Histories show theme codes by their labels in the reader's language. */
const themeHistory: HistoryContribution = { vocabularies: [{ vocabulary: 'theme', labels: themeLabels }] };

export default themeHistory;
