import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.ts';
import type { Database } from '../db/database.ts';
import { createTestDatabase } from '../testing/test-database.ts';
import { buildApp } from './app.ts';

/**
 * How the built web app goes out (issue 15): the .br or .gz sibling the build wrote when the
 * request's Accept-Encoding allows it (br first), the file itself otherwise; hashed assets cached
 * for a year, the page (index.html, also for the app's own routes) revalidated every time; source
 * maps and compressed siblings are not public by name. A stand-in web folder, not a build.
 */

let database: Database;
let app: FastifyInstance;
const webDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pontis-static-web-'));

const script = `console.log(${JSON.stringify('pontis '.repeat(200))});\n`;
const page = `<!doctype html><title>Pontis</title><div id="root"></div>${'<!-- padding -->'.repeat(50)}`;
const styles = `.pontis { color: #1a1b4b; }\n`.repeat(100);

function write(file: string, content: string | Buffer) {
  fs.mkdirSync(path.dirname(path.join(webDir, file)), { recursive: true });
  fs.writeFileSync(path.join(webDir, file), content);
}

beforeAll(async () => {
  write('index.html', page);
  write('index.html.br', zlib.brotliCompressSync(page));
  write('index.html.gz', zlib.gzipSync(page));
  write('assets/index-abc123.js', script);
  write('assets/index-abc123.js.br', zlib.brotliCompressSync(script));
  write('assets/index-abc123.js.gz', zlib.gzipSync(script));
  write('assets/index-abc123.js.map', '{"version":3,"sources":["../../src/web/main.tsx"]}');
  // Only a brotli sibling: a client asking for gzip gets the file itself.
  write('assets/index-def456.css', styles);
  write('assets/index-def456.css.br', zlib.brotliCompressSync(styles));
  // Too small to gain from compression: the build writes no sibling.
  write('assets/tiny-789abc.js', 'export{};');
  database = await createTestDatabase();
  const config = loadConfig({ PONTIS_DATA_DIR: '/nonexistent', PONTIS_LOG_LEVEL: 'silent' } as NodeJS.ProcessEnv, { rateLimitPerMinute: 0 });
  app = await buildApp({ database, config, webDir, logger: false });
});
afterAll(async () => {
  await app?.close();
  await database?.close();
  fs.rmSync(webDir, { recursive: true, force: true });
});

const get = (url: string, acceptEncoding?: string, method: 'GET' | 'HEAD' = 'GET') =>
  app.inject({ method, url, headers: acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding } });

/** The body as the browser reads it, after undoing the content-encoding the server declared. */
function decoded(res: Awaited<ReturnType<typeof get>>): string {
  const encoding = res.headers['content-encoding'];
  if (encoding === 'br') return zlib.brotliDecompressSync(res.rawPayload).toString();
  if (encoding === 'gzip') return zlib.gunzipSync(res.rawPayload).toString();
  expect(encoding).toBeUndefined();
  return res.rawPayload.toString();
}

const IMMUTABLE = 'public, max-age=31536000, immutable';

describe('a hashed asset', () => {
  it('is sent brotli-compressed when the browser accepts br, even after gzip', async () => {
    const res = await get('/assets/index-abc123.js', 'gzip, deflate, br, zstd');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['vary']).toMatch(/accept-encoding/i);
    expect(res.headers['content-type']).toBe('application/javascript; charset=utf-8');
    expect(res.headers['cache-control']).toBe(IMMUTABLE);
    expect(Number(res.headers['content-length'])).toBe(fs.statSync(path.join(webDir, 'assets/index-abc123.js.br')).size);
    expect(decoded(res)).toBe(script);
  });

  it('is sent gzip-compressed when the browser accepts gzip only, or refuses br', async () => {
    for (const acceptEncoding of ['gzip', 'br;q=0, gzip']) {
      const res = await get('/assets/index-abc123.js', acceptEncoding);
      expect(res.headers['content-encoding']).toBe('gzip');
      expect(res.headers['vary']).toMatch(/accept-encoding/i);
      expect(res.headers['content-type']).toBe('application/javascript; charset=utf-8');
      expect(res.headers['cache-control']).toBe(IMMUTABLE);
      expect(decoded(res)).toBe(script);
    }
  });

  it('is sent as it is without Accept-Encoding or with identity, still varying on it', async () => {
    for (const acceptEncoding of [undefined, 'identity']) {
      const res = await get('/assets/index-abc123.js', acceptEncoding);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-encoding']).toBeUndefined();
      // A shared cache must not hand this copy to a browser that accepts br.
      expect(res.headers['vary']).toMatch(/accept-encoding/i);
      expect(res.headers['cache-control']).toBe(IMMUTABLE);
      expect(res.body).toBe(script);
    }
  });

  it('falls back to the encodings there are: gzip asked, only .br written, the file itself', async () => {
    const css = await get('/assets/index-def456.css', 'gzip');
    expect(css.headers['content-encoding']).toBeUndefined();
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
    expect(css.body).toBe(styles);
    const cssBr = await get('/assets/index-def456.css', 'br');
    expect(cssBr.headers['content-encoding']).toBe('br');
    expect(cssBr.headers['content-type']).toBe('text/css; charset=utf-8');
    const tiny = await get('/assets/tiny-789abc.js', 'gzip, br');
    expect(tiny.headers['content-encoding']).toBeUndefined();
    expect(tiny.body).toBe('export{};');
  });

  it('answers HEAD with the headers of the compressed file and no body', async () => {
    const res = await get('/assets/index-abc123.js', 'br', 'HEAD');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toBe('application/javascript; charset=utf-8');
    expect(res.headers['cache-control']).toBe(IMMUTABLE);
    expect(Number(res.headers['content-length'])).toBe(fs.statSync(path.join(webDir, 'assets/index-abc123.js.br')).size);
    expect(res.rawPayload.length).toBe(0);
  });
});

describe('what is not public', () => {
  it.each([
    ['a source map', '/assets/index-abc123.js.map'],
    ['a compressed sibling by name', '/assets/index-abc123.js.br'],
    ['a gzip sibling by name', '/assets/index-abc123.js.gz'],
    ['a missing asset (not the app page)', '/assets/index-gone00.js'],
  ])('%s is 404, for GET and HEAD', async (_what, url) => {
    for (const method of ['GET', 'HEAD'] as const) {
      const res = await get(url, 'gzip, br', method);
      expect(res.statusCode).toBe(404);
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      expect(res.headers['cache-control']).toBeUndefined();
    }
  });
});

describe('the page', () => {
  it.each([
    ['the start page', '/'],
    ['a page of the app (the single-page fallback)', '/partnerships/dortmund-cluj-napoca'],
    ['index.html by name', '/index.html'],
  ])('%s is index.html, revalidated every time, compressed when accepted', async (_what, url) => {
    const br = await get(url, 'gzip, deflate, br');
    expect(br.statusCode).toBe(200);
    expect(br.headers['cache-control']).toBe('no-cache');
    expect(br.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['vary']).toMatch(/accept-encoding/i);
    expect(br.headers['content-security-policy']).toContain("default-src 'self'");
    expect(decoded(br)).toBe(page);

    const gzip = await get(url, 'gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(decoded(gzip)).toBe(page);

    const plain = await get(url);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers['cache-control']).toBe('no-cache');
    expect(plain.body).toBe(page);

    const head = await get(url, 'br', 'HEAD');
    expect(head.statusCode).toBe(200);
    expect(head.headers['content-encoding']).toBe('br');
    expect(head.headers['cache-control']).toBe('no-cache');
    expect(head.rawPayload.length).toBe(0);
  });
});
