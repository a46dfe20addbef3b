// The taxonomy feature as other features may use it (issue 12): its read queries.
export { conceptLabels } from './concept-queries.ts';
