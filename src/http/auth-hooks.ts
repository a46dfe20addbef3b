import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import crypto from 'node:crypto';
import type { Config } from '../config.ts';
import type { Db } from '../db/database.ts';
import { SESSION_COOKIE, resolveApiToken, resolveSession } from '../features/auth/sessions.ts';
import { anonymous, type Actor, type UserActor } from '../shared/actor.ts';
import type { ServiceContext } from '../shared/context.ts';
import { AppError, forbidden, unauthenticated } from '../shared/errors.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * Who may call the route at all, checked before the body is validated. Default: writes
     * need a signed-in user, reads are public. Finer rules live in the feature's policy.
     */
    access?: 'public' | 'user';
    /** The page may be framed by any site (app.ts leaves out X-Frame-Options): the portal's widget. */
    embeddable?: boolean;
  }
  interface FastifyRequest {
    actor: Actor;
    /** How the caller authenticated: a browser session (cookie) needs CSRF protection, a token does not. */
    authVia: 'cookie' | 'token' | null;
    session: { id: string; csrfToken: string } | null;
    ctx: ServiceContext;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
export const CSRF_HEADER = 'x-csrf-token';

export function installAuthHooks(app: FastifyInstance, db: Db, config: Config) {
  app.decorateRequest('actor', null as never);
  app.decorateRequest('authVia', null);
  app.decorateRequest('session', null);
  app.decorateRequest('ctx', null as never);

  app.addHook('onRequest', async (request) => {
    request.actor = anonymous;
    const authorization = request.headers.authorization;
    if (authorization?.startsWith('Bearer ')) {
      const actor = await resolveApiToken(db, authorization.slice(7).trim());
      if (!actor) throw new AppError('invalid_token', 401, 'The API token is not valid, expired or revoked.');
      request.actor = actor;
      request.authVia = 'token';
    } else {
      const token = request.cookies[SESSION_COOKIE];
      const resolved = token ? await resolveSession(db, token) : undefined;
      if (resolved) {
        request.actor = resolved.actor;
        request.authVia = 'cookie';
        request.session = { id: resolved.sessionId, csrfToken: resolved.csrfToken };
      }
    }
    request.ctx = { db, actor: request.actor, config };
  });

  // Runs before body validation, so that a caller without the right learns nothing about the
  // body the route expects. Cookie-authenticated writes must also carry the session's CSRF
  // token in a header, which a cross-site form or script cannot read or set.
  app.addHook('preValidation', async (request) => {
    const safe = SAFE_METHODS.has(request.method);
    const access = request.routeOptions.config?.access ?? (safe ? 'public' : 'user');
    if (access === 'user' && request.actor.kind !== 'user') throw unauthenticated();
    if (safe || request.authVia !== 'cookie' || !request.session) return;
    const sent = request.headers[CSRF_HEADER];
    const expected = request.session.csrfToken;
    if (typeof sent !== 'string' || !sameSecret(sent, expected)) {
      throw new AppError('csrf_failed', 403, 'The request is missing its CSRF token. Reload the page and try again.');
    }
  });
}

/**
 * Constant-time comparison of a sent secret with the expected one. Both are hashed first, so
 * the buffers compared always have the same length whatever the client sent (a header of the
 * right length in characters but not in UTF-8 bytes made timingSafeEqual throw).
 */
export function sameSecret(sent: string, expected: string): boolean {
  const digest = (value: string) => crypto.createHash('sha256').update(value, 'utf8').digest();
  return crypto.timingSafeEqual(digest(sent), digest(expected));
}

/** Authorization rule for routes open to any signed-in user; returns the user. */
export function requireUser(request: FastifyRequest): UserActor {
  if (request.actor.kind !== 'user') throw unauthenticated();
  return request.actor;
}

export function requireAdmin(request: FastifyRequest): UserActor {
  const user = requireUser(request);
  if (user.role !== 'admin') throw forbidden('Only platform administrators can do this.');
  return user;
}

export function setSessionCookie(reply: FastifyReply, config: Config, token: string, expiresAt: Date) {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: config.secureCookies,
    expires: expiresAt,
  });
}

export function clearSessionCookie(reply: FastifyReply, config: Config) {
  reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure: config.secureCookies });
}
