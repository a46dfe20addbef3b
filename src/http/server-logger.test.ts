import { describe, expect, it } from 'vitest';
import { chooseLogFormat, QuietRequestLog, serverLoggerOptions } from './server-logger.ts';

describe('chooseLogFormat', () => {
  it('writes readable lines on a terminal and JSON otherwise', () => {
    expect(chooseLogFormat('auto', true)).toBe('pretty');
    expect(chooseLogFormat('auto', false)).toBe('json');
    // A service manager or a pipe: stdout has no isTTY at all.
    expect(chooseLogFormat('auto', undefined)).toBe('json');
  });

  it('follows PONTIS_LOG_FORMAT whatever stdout is', () => {
    expect(chooseLogFormat('json', true)).toBe('json');
    expect(chooseLogFormat('pretty', false)).toBe('pretty');
  });
});

describe('serverLoggerOptions', () => {
  it('hands Fastify a stream only for readable lines, and logs requests quietly in both formats', () => {
    const json = serverLoggerOptions({ logLevel: 'info', logFormat: 'auto' }, false);
    expect(json.logger).toEqual({ level: 'info' });
    expect(json.logController).toBeInstanceOf(QuietRequestLog);
    const pretty = serverLoggerOptions({ logLevel: 'warn', logFormat: 'auto' }, true);
    expect(pretty.logger).toMatchObject({ level: 'warn', stream: expect.objectContaining({ write: expect.any(Function) }) });
    expect(pretty.logController).toBeInstanceOf(QuietRequestLog);
  });
});

describe('QuietRequestLog', () => {
  async function logLinesFor(level: string, handlerMs = 0) {
    const lines: { level: number; msg: string; req?: { url: string } }[] = [];
    const stream = { write: (line: string) => void lines.push(JSON.parse(line)) };
    const { default: Fastify } = await import('fastify');
    const app = Fastify({ logger: { level, stream }, logController: new QuietRequestLog(100) });
    app.get('/ok', async () => ({ ok: true }));
    app.get('/broken', async () => {
      throw new Error('broken on purpose');
    });
    // Fastify measures the response time itself; a route that takes longer than the limit is slow.
    app.get('/slow', async () => new Promise((resolve) => setTimeout(() => resolve({ ok: true }), handlerMs)));
    await app.inject('/ok');
    await app.inject('/broken');
    if (handlerMs) await app.inject('/slow');
    await app.close();
    return lines.filter((l) => l.msg !== 'Server listening at');
  }

  it('logs every request at debug, and nothing for a successful one at info', async () => {
    const atInfo = await logLinesFor('info');
    expect(atInfo.map((l) => l.msg)).not.toContain('incoming request');
    expect(atInfo.map((l) => l.msg)).not.toContain('request completed');
    const atDebug = await logLinesFor('debug');
    expect(atDebug.filter((l) => l.msg === 'incoming request').every((l) => l.level === 20)).toBe(true);
    expect(atDebug.filter((l) => l.msg === 'incoming request')).toHaveLength(2);
    expect(atDebug.filter((l) => l.msg === 'request completed')).toHaveLength(2);
  });

  it('keeps errors and slow requests visible at info', async () => {
    const lines = await logLinesFor('info', 300);
    expect(lines.some((l) => l.level === 50 && /broken on purpose|request errored/.test(l.msg))).toBe(true);
    expect(lines.find((l) => l.msg === 'slow request' && l.req?.url === '/slow')?.level).toBe(40);
  });
});
