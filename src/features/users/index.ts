// The users feature as other features may use it (issue 12): its read queries.
export { userDisplayNames } from './user-queries.ts';
export { redeemInvitation } from './invitation-acceptance.service.ts';
export { resolveRoleScope, selectUser } from './user-rows.ts';
export { createUser, insertUser } from './users.service.ts';
