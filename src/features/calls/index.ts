// The calls feature as other features may use it (issue 12): its read queries.
export { callTitles } from './call-queries.ts';
