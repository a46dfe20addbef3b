// The auth feature as other features may use it (issue 12): its public module.
export { createSession, pruneExpiredSessions } from './sessions.ts';
export { setUserPassword } from './set-password.service.ts';
export type { CredentialContribution, CredentialKind, RevokedCredentials } from './credential-contributions.ts';
