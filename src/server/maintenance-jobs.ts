import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '../config.ts';
import type { Db } from '../db/database.ts';
import { pruneRateLimits } from '../features/rate-limits/index.ts';
import { pruneExpiredSessions } from '../features/auth/index.ts';
import { pruneMailOutbox } from '../features/mail/index.ts';
import { startPeriodicJob } from '../shared/periodic-job.ts';

const HOUR = 60 * 60 * 1000;

/**
 * Hourly clean-up of expired sessions, old rate-limit windows and mail past its retention limit.
 * The deletes are idempotent, so several server processes running them at once do no harm and
 * need no claim.
 */
export function startMaintenanceJobs(db: Db, logger: FastifyBaseLogger, config: Pick<Config, 'mailRetentionDays'>): () => void {
  const stop = startPeriodicJob('maintenance job', HOUR, logger, async () => {
    await pruneExpiredSessions(db);
    await pruneRateLimits(db);
    await pruneMailOutbox(db, config.mailRetentionDays);
  });
  // Shutdown has never waited for these deletes (idempotent, so one cut short is simply run again).
  return () => void stop();
}
