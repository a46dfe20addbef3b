import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.ts';
import type { Database } from '../db/database.ts';
import { createTestDatabase } from '../testing/test-database.ts';
import { buildApp } from './app.ts';

/**
 * HEAD is answered wherever GET is (issue 11): the start page and the app's own pages (served by
 * the not-found handler), built assets and API reads, all with GET's status and headers and no
 * body; an unknown API path stays 404. Over a real socket, as a link checker would ask.
 */

let database: Database;
let app: FastifyInstance;
let base: string;
const webDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pontis-head-web-'));

beforeAll(async () => {
  fs.writeFileSync(path.join(webDir, 'index.html'), '<!doctype html><title>Pontis</title><div id="root"></div>');
  fs.mkdirSync(path.join(webDir, 'assets'));
  fs.writeFileSync(path.join(webDir, 'assets', 'index-abc123.js'), 'console.log("pontis");');
  database = await createTestDatabase();
  const config = loadConfig({ PONTIS_DATA_DIR: '/nonexistent', PONTIS_LOG_LEVEL: 'silent' } as NodeJS.ProcessEnv, { rateLimitPerMinute: 0 });
  app = await buildApp({ database, config, webDir, logger: false });
  await app.listen({ host: '127.0.0.1', port: 0 });
  base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await app?.close();
  await database?.close();
  fs.rmSync(webDir, { recursive: true, force: true });
});

async function both(url: string) {
  const get = await fetch(base + url);
  const getBody = await get.text();
  const head = await fetch(base + url, { method: 'HEAD' });
  const headBody = await head.text();
  return { get, getBody, head, headBody };
}

describe('HEAD', () => {
  it.each([
    ['the start page', '/'],
    ['a page of the app', '/partnerships/dortmund-cluj-napoca'],
    ['a built asset', '/assets/index-abc123.js'],
    ['an API read', '/api/cities'],
    ['the health check', '/api/health'],
  ])('answers on %s like GET, without a body', async (_what, url) => {
    const { get, getBody, head, headBody } = await both(url);
    expect(get.status).toBe(200);
    expect(getBody.length).toBeGreaterThan(0);
    expect(head.status).toBe(200);
    expect(headBody).toBe('');
    expect(head.headers.get('content-type')).toBe(get.headers.get('content-type'));
  });

  it('sends the page headers (content security policy, caching) with HEAD on a page', async () => {
    const { get, head } = await both('/cities/dortmund');
    expect(head.headers.get('content-security-policy')).toBe(get.headers.get('content-security-policy'));
    expect(head.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(head.headers.get('cache-control')).toBe('no-cache');
  });

  it('is 404 on an unknown API path, as GET is', async () => {
    const { get, head, headBody } = await both('/api/no-such-thing');
    expect(get.status).toBe(404);
    expect(head.status).toBe(404);
    expect(headBody).toBe('');
  });

  it('does not turn other methods on a page into the app', async () => {
    const res = await fetch(base + '/partnerships/dortmund-cluj-napoca', { method: 'DELETE' });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  });
});
