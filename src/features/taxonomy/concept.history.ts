import type { HistoryContribution } from '../audit/index.ts';
import { conceptLabels } from './concept-queries.ts';

/** Histories show concept codes by their labels in the reader's language. */
const conceptHistory: HistoryContribution = { vocabularies: [{ vocabulary: 'concept', labels: conceptLabels }] };

export default conceptHistory;
