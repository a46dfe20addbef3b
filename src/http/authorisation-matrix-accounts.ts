import { TEST_PASSWORD } from '../testing/factories.ts';
import { A_ONLY, ADMIN_ONLY, COORDINATORS, PUBLIC, SIGNED_IN, type MatrixPart } from './authorisation-matrix-types.ts';

/**
 * Accounts, sessions, tokens, invitations, administration, history and the vocabularies.
 * Column order: anonymous · member elsewhere · partner member · other coordinator · editor without the right · owner · admin.
 */
export const accountRoutes: MatrixPart = {
  // ---- sessions: public; a signed-in caller signs in as themselves, in a new browser ----
  'POST /api/auth/sign-in': {
    expect: PUBLIC,
    session: 'fresh',
    request: async (w, c) => {
      const userId = c.userId ?? (await w.freshUser()).id;
      return { path: '/api/auth/sign-in', body: { email: (await w.versionOf(userId)).email, password: TEST_PASSWORD } };
    },
  },
  'GET /api/auth/session': { expect: PUBLIC, request: () => ({ path: '/api/auth/session' }) },
  'POST /api/auth/sign-out': { expect: PUBLIC, session: 'fresh', request: () => ({ path: '/api/auth/sign-out', body: {} }) },
  // Single sign-on is public. The test app has no identity provider set up, so both flow routes
  // answer 404 sso_disabled to everyone alike; single-sign-on.api.test.ts runs the flow itself.
  'GET /api/auth/providers': { expect: PUBLIC, request: () => ({ path: '/api/auth/providers' }) },
  'GET /api/auth/oidc/start': { expect: PUBLIC, business: [404], request: () => ({ path: '/api/auth/oidc/start' }) },
  'GET /api/auth/oidc/callback': { expect: PUBLIC, business: [404], request: () => ({ path: '/api/auth/oidc/callback?code=abc&state=def' }) },
  'POST /api/auth/password-reset/request': {
    expect: PUBLIC,
    request: (w) => ({ path: '/api/auth/password-reset/request', body: { email: `nobody-${w.unique()}@example.org`, locale: 'en' } }),
  },
  'POST /api/auth/password-reset/complete': {
    expect: PUBLIC,
    request: async (w) => ({ path: '/api/auth/password-reset/complete', body: { token: await w.passwordResetToken(), password: 'a brand new passphrase 42' } }),
  },

  // ---- API tokens: anyone signed in, for themselves; revoking: the token's owner and admins ----
  'POST /api/tokens': { expect: SIGNED_IN, request: (w) => ({ path: '/api/tokens', body: { name: `matrix ${w.unique()}` } }) },
  'GET /api/tokens': { expect: SIGNED_IN, request: () => ({ path: '/api/tokens' }) },
  'DELETE /api/tokens/{id}': { expect: A_ONLY, request: async (w) => ({ path: `/api/tokens/${(await w.freshToken()).id}` }) },

  // ---- own account ----
  'GET /api/me': { expect: SIGNED_IN, request: () => ({ path: '/api/me' }) },
  'PUT /api/me': {
    expect: SIGNED_IN,
    request: async (w, c) => ({
      path: '/api/me',
      body: { displayName: 'Renamed In Matrix', locale: 'en', version: c.userId ? (await w.versionOf(c.userId)).version : 1 },
    }),
  },
  // The new password is the old one: the principal signs in again later in the run.
  'POST /api/me/password': {
    expect: SIGNED_IN,
    request: () => ({ path: '/api/me/password', body: { currentPassword: TEST_PASSWORD, newPassword: TEST_PASSWORD } }),
  },

  // ---- personal data (GDPR): one's own data and account; erasing others is for admins ----
  'GET /api/me/export': { expect: SIGNED_IN, request: () => ({ path: '/api/me/export' }) },
  'DELETE /api/me': { expect: SIGNED_IN, session: 'double', request: () => ({ path: '/api/me', body: { password: TEST_PASSWORD } }) },
  'DELETE /api/users/{id}': { expect: ADMIN_ONLY, request: async (w) => ({ path: `/api/users/${(await w.freshUser()).id}` }) },

  // ---- accounts: admins manage, coordinators list their city's ----
  'GET /api/users': { expect: COORDINATORS, request: () => ({ path: '/api/users' }) },
  'PUT /api/users/{id}': {
    expect: ADMIN_ONLY,
    request: async (w) => {
      const user = await w.freshUser();
      return { path: `/api/users/${user.id}`, body: { role: 'member', cityId: w.cityA.id, organisationId: null, disabled: false, version: user.version } };
    },
  },

  // ---- invitations: admins, and coordinators for their own city ----
  'POST /api/invitations': {
    expect: A_ONLY,
    request: (w) => ({ path: '/api/invitations', body: { email: `invitee-${w.unique()}@example.org`, role: 'member', cityId: w.cityA.id } }),
  },
  'GET /api/invitations': { expect: COORDINATORS, request: () => ({ path: '/api/invitations' }) },
  'DELETE /api/invitations/{id}': { expect: A_ONLY, request: async (w) => ({ path: `/api/invitations/${(await w.freshInvitation()).id}` }) },
  'GET /api/invitations/lookup': {
    expect: PUBLIC,
    request: (w) => ({ path: `/api/invitations/lookup?token=${encodeURIComponent(tokenOf(w.invitation.acceptLink))}` }),
  },
  'POST /api/invitations/accept': {
    expect: PUBLIC,
    session: 'fresh',
    request: async (w) => ({
      path: '/api/invitations/accept',
      body: { token: tokenOf((await w.freshInvitation()).acceptLink), displayName: 'New Invitee', password: 'an invitee passphrase 42' },
    }),
  },

  // ---- administration ----
  'GET /api/admin/outbox': { expect: ADMIN_ONLY, request: () => ({ path: '/api/admin/outbox' }) },
  'GET /api/history/{entityType}/{id}': { expect: A_ONLY, owner: 'editor', request: (w) => ({ path: `/api/history/organisation/${w.orgA.id}` }) },
  'POST /api/interchange/import': {
    expect: ADMIN_ONLY,
    request: (w) => {
      const key = `matrix-city-${w.unique()}`;
      return { path: '/api/interchange/import', body: { format: 'pontis-interchange/1', cities: [{ key, name: `Matrix ${key}`, country: 'DE' }] } };
    },
  },
  'GET /api/interchange/export': { expect: COORDINATORS, request: () => ({ path: '/api/interchange/export' }) },

  // ---- vocabularies and tagging ----
  'GET /api/themes': { expect: PUBLIC, request: () => ({ path: '/api/themes' }) },
  'GET /api/taxonomy': { expect: PUBLIC, request: () => ({ path: '/api/taxonomy' }) },
  'POST /api/taxonomy/concepts/{key}/synonyms': {
    expect: ADMIN_ONLY,
    request: (w) => ({ path: `/api/taxonomy/concepts/${w.conceptKey}/synonyms`, body: { lang: 'en', term: `matrixterm${w.unique()}` } }),
  },
  'DELETE /api/taxonomy/synonyms/{id}': { expect: ADMIN_ONLY, request: async (w) => ({ path: `/api/taxonomy/synonyms/${await w.freshSynonym()}` }) },
  'POST /api/tagging/proposals': {
    expect: SIGNED_IN,
    request: () => ({ path: '/api/tagging/proposals', body: { text: 'Sensor networks for urban heat adaptation', lang: 'en' } }),
  },
};

function tokenOf(link: string | null): string {
  const token = link && new URL(link).searchParams.get('token');
  if (!token) throw new Error('authorisation world: the invitation has no accept link (is SMTP configured in tests?)');
  return token;
}
