// The users feature as other features may use it (issue 12): its read queries.
export { userDisplayNames } from './user-queries.ts';
