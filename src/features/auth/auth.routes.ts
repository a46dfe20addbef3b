import { z } from 'zod';
import type { ApiApp } from '../../http/api-app.ts';
import { clearSessionCookie, setSessionCookie } from '../../http/auth-hooks.ts';
import { errorResponses } from '../../http/error-body.ts';
import { sessionResponse, signInRequest } from './auth.schemas.ts';
import { sessionAbilitiesOf } from './session-abilities.ts';
import { deleteSession } from './sessions.ts';
import { signIn } from './sign-in.ts';

export default async function authRoutes(app: ApiApp) {
  // Public: anyone may try to sign in (rate-limited in signIn).
  app.post(
    '/api/auth/sign-in',
    {
      config: { access: 'public' },
      schema: {
        tags: ['auth'],
        summary: 'Sign in with e-mail and password; sets the session cookie',
        body: signInRequest,
        response: { 200: sessionResponse, ...errorResponses },
      },
    },
    async (request, reply) => {
      const result = await signIn(request.ctx.db, request.body, {
        ip: request.ip,
        userAgent: request.headers['user-agent'],
        sessionDays: request.ctx.config.sessionDays,
      });
      setSessionCookie(reply, request.ctx.config, result.token, result.expiresAt);
      const { id, email, displayName, role, cityId, organisationId } = result.user;
      const user = { id, email, displayName, role, cityId, organisationId };
      return { user, csrfToken: result.csrfToken, can: await sessionAbilitiesOf({ kind: 'user', ...user }) };
    },
  );

  // Public: tells the web app who is signed in (null user for the public) and what they may do
  // outside any record (`can`, all false for the public).
  app.get('/api/auth/session', { schema: { tags: ['auth'], summary: 'The current session, if any', response: { 200: sessionResponse } } }, async (request) => {
    const actor = request.actor;
    const can = await sessionAbilitiesOf(actor);
    if (actor.kind !== 'user') return { user: null, csrfToken: null, can };
    const { kind: _k, source: _s, ...user } = actor;
    return { user, csrfToken: request.session?.csrfToken ?? null, can };
  });

  // Anyone: without a session it does nothing; with a cookie session it needs the CSRF token.
  app.post(
    '/api/auth/sign-out',
    {
      config: { access: 'public' },
      schema: {
        tags: ['auth'],
        summary: 'End the current browser session',
        response: { 200: z.object({ ok: z.literal(true) }), ...errorResponses },
      },
    },
    async (request, reply) => {
      if (request.session) await deleteSession(request.ctx.db, request.session.id);
      clearSessionCookie(reply, request.ctx.config);
      return { ok: true as const };
    },
  );
}
