// The themes feature as other features may use it (issue 12): its read queries.
export { themeLabels } from './theme-queries.ts';
