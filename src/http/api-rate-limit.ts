import type { FastifyInstance } from 'fastify';
import type { Config } from '../config.ts';
import type { Db } from '../db/database.ts';
import { hitRateLimit } from '../features/rate-limits/index.ts';
import { AppError } from '../shared/errors.ts';

const WINDOW_SECONDS = 60;
// Load balancers and uptime checks call it often, and it reads nothing.
const EXEMPT = new Set(['/api/health']);

/**
 * A general limit on API requests per client, reads included, so that one script or scraper
 * cannot take the server from everybody else. The client is the signed-in user (or API token's
 * user) wherever they are, else the address. Counted in the database's sliding windows (the
 * sign-in limit's counter), so that every server process behind a load balancer counts the same.
 * Runs after the auth hook has resolved the caller, before anything else is looked at.
 */
export function installApiRateLimit(app: FastifyInstance, db: Db, config: Config) {
  const limit = config.rateLimitPerMinute;
  if (limit <= 0) return;
  app.addHook('onRequest', async (request, reply) => {
    const path = request.url.split('?')[0];
    if (!path.startsWith('/api/') || EXEMPT.has(path)) return;
    const client = request.actor.kind === 'user' ? `user:${request.actor.id}` : `ip:${request.ip}`;
    const result = await hitRateLimit(db, `api:${client}`, limit, WINDOW_SECONDS);
    reply.header('ratelimit-limit', String(limit));
    reply.header('ratelimit-remaining', String(Math.max(0, limit - result.hits)));
    if (!result.allowed) {
      throw new AppError('rate_limited', 429, `Too many requests: at most ${limit} a minute. Wait ${result.retryAfterSeconds} seconds and try again.`, [], {
        retryAfterSeconds: result.retryAfterSeconds,
      });
    }
  });
}
