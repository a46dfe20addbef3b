import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { ApiApp } from '../../http/api-app.ts';
import { setSessionCookie } from '../../http/auth-hooks.ts';
import { errorBodySchema, errorResponses } from '../../http/error-body.ts';
import { AppError } from '../../shared/errors.ts';
import { signInProvidersResponse, signOnCallbackQuery, startSignOnQuery } from './single-sign-on.schemas.ts';
import { finishSignOn, signInProviders, startSignOn } from './single-sign-on.service.ts';

// Holds the id of the sign-in under way between start and callback; sent only to these routes.
const ATTEMPT_COOKIE = 'pontis_sso';
const ATTEMPT_COOKIE_PATH = '/api/auth/oidc';

const redirectResponses = { 303: z.null().describe('Redirect (Location header)'), ...errorResponses, 503: errorBodySchema } as const;

/**
 * Both flow routes are visited by the browser itself (a link, the provider's redirect), so a
 * refusal sends it back to the sign-in page with a code the page explains in the reader's
 * language. Other callers (scripts, the tests) get the JSON error with its 4xx or 503 status.
 */
async function orBackToSignIn(request: FastifyRequest, reply: FastifyReply, run: () => Promise<string>) {
  try {
    return reply.redirect(await run(), 303);
  } catch (err) {
    if (!(err instanceof AppError) || !request.headers.accept?.includes('text/html')) throw err;
    if (err.status >= 500) request.log.warn({ err: err.cause ?? err }, 'single sign-on failed');
    return reply.redirect(`/sign-in?sso_error=${encodeURIComponent(err.code)}`, 303);
  }
}

export default async function singleSignOnRoutes(app: ApiApp) {
  // Public: the sign-in page asks which ways of signing in there are.
  app.get(
    '/api/auth/providers',
    { schema: { tags: ['auth'], summary: 'Ways of signing in: whether single sign-on is set up, and its label', response: { 200: signInProvidersResponse } } },
    async (request) => signInProviders(request.ctx),
  );

  // Public: anyone may begin a single sign-on (rate-limited per address in startSignOn).
  app.get(
    '/api/auth/oidc/start',
    {
      schema: {
        tags: ['auth'],
        summary: "Begin signing in at the city's identity provider (OpenID Connect); redirects there",
        querystring: startSignOnQuery,
        response: redirectResponses,
      },
    },
    (request, reply) =>
      orBackToSignIn(request, reply, async () => {
        const started = await startSignOn(request.ctx, request.query.next, { ip: request.ip, userAgent: request.headers['user-agent'] });
        reply.setCookie(ATTEMPT_COOKIE, started.attemptId, {
          path: ATTEMPT_COOKIE_PATH,
          httpOnly: true,
          // Lax: the provider's redirect back is a top-level navigation from another site.
          sameSite: 'lax',
          secure: request.ctx.config.secureCookies,
          expires: started.attemptExpiresAt,
        });
        return started.url;
      }),
  );

  // Public: the identity provider sends the browser back here; the attempt cookie ties the
  // answer to the browser that began the sign-in (rate-limited with password sign-in).
  app.get(
    '/api/auth/oidc/callback',
    {
      schema: {
        tags: ['auth'],
        summary: 'Where the identity provider returns: signs in and redirects into Pontis',
        querystring: signOnCallbackQuery,
        response: redirectResponses,
      },
    },
    (request, reply) =>
      orBackToSignIn(request, reply, async () => {
        reply.clearCookie(ATTEMPT_COOKIE, { path: ATTEMPT_COOKIE_PATH, httpOnly: true, sameSite: 'lax', secure: request.ctx.config.secureCookies });
        const query = request.url.includes('?') ? request.url.slice(request.url.indexOf('?')) : '';
        const result = await finishSignOn(request.ctx, request.cookies[ATTEMPT_COOKIE], query, {
          ip: request.ip,
          userAgent: request.headers['user-agent'],
        });
        setSessionCookie(reply, request.ctx.config, result.session.token, result.session.expiresAt);
        return result.returnTo;
      }),
  );
}
