// The auth feature as other features may use it (issue 12): its public module.
export { enforceRateLimit, pruneRateLimits, refundRateLimit } from './rate-limit.ts';
export { type RevokedCredentials, revokeCredentialsOfUser } from './revoke-credentials.ts';
export { createSession, deleteSessionsOfUser, pruneExpiredSessions } from './sessions.ts';
export { deleteOtherSessionsOfUser } from './sessions.ts';
export { voidPasswordResetsOfUser } from './void-password-resets.ts';
export { forgetRateLimitsOfAccount } from './rate-limit.ts';
