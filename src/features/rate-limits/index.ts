// The rate-limits feature as other features may use it: counters in the database that refuse a
// caller who tries too often (sign-in, invitations, proposals, the API as a whole).
export { enforceRateLimit, forgetRateLimitsOfAccount, hitRateLimit, pruneRateLimits, refundRateLimit } from './rate-limit.ts';
