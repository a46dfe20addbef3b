import { LogController, type FastifyReply, type FastifyRequest, type FastifyServerOptions } from 'fastify';
import pinoPretty from 'pino-pretty';
import type { Config } from '../config.ts';

export type LogFormat = 'json' | 'pretty';

/**
 * Readable lines for a person at a terminal; JSON lines for everything else (a service manager's
 * journal, a container log, a file), where a collector parses them. PONTIS_LOG_FORMAT overrides.
 */
export function chooseLogFormat(setting: Config['logFormat'], stdoutIsTTY: boolean | undefined): LogFormat {
  if (setting !== 'auto') return setting;
  return stdoutIsTTY ? 'pretty' : 'json';
}

/** A request slower than this is logged at warn even though requests are logged at debug. */
export const SLOW_REQUEST_MS = 2_000;

/**
 * Every request logged at info buried the lines that matter (a sync, a failed mail) under two
 * lines per click. Requests go to debug; failed and slow requests stay visible at the default level.
 */
export class QuietRequestLog extends LogController {
  constructor(private readonly slowRequestMs = SLOW_REQUEST_MS) {
    super();
  }

  override incomingRequest(request: FastifyRequest) {
    if (this.isLogDisabled(request)) return;
    request.log.debug({ req: request }, 'incoming request');
  }

  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply) {
    if (this.isLogDisabled(request)) return;
    const responseTime = reply.elapsedTime;
    if (error) reply.log.error({ res: reply, err: error, responseTime }, 'request errored');
    else if (responseTime >= this.slowRequestMs) reply.log.warn({ req: request, res: reply, responseTime }, 'slow request');
    else reply.log.debug({ res: reply, responseTime }, 'request completed');
  }
}

/** Fastify's logger settings for the running server. */
export function serverLoggerOptions(
  config: Pick<Config, 'logLevel' | 'logFormat'>,
  stdoutIsTTY = process.stdout.isTTY,
): Pick<FastifyServerOptions, 'logger' | 'logController'> {
  const format = chooseLogFormat(config.logFormat, stdoutIsTTY);
  if (format === 'json') return { logger: { level: config.logLevel }, logController: new QuietRequestLog() };
  // Written synchronously in this thread (no transport worker), so a log line can never land in
  // the middle of the start-up text that `pontis serve` prints.
  const stream = pinoPretty({ sync: true, colorize: Boolean(stdoutIsTTY), translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname' });
  return { logger: { level: config.logLevel, stream }, logController: new QuietRequestLog() };
}
