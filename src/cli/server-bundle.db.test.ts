import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCliEnvironment } from '../testing/cli-environment.ts';
import { createTestApp, type TestApp } from '../testing/test-app.ts';

// `npm start` and `npm test` run `pontis` from the server bundle (scripts/build-server.mjs), which
// imports the feature files statically instead of finding them on disk: the bundled server must
// answer every route the sources register.
const root = path.resolve(import.meta.dirname, '../..');
// Built for this test beside dist/server (at the same depth, which the bundle's paths rely on):
// the other CLI tests may be running dist/server/pontis.mjs meanwhile.
const outDir = path.join(root, 'dist', `server-test-${crypto.randomBytes(4).toString('hex')}`);
const outfile = path.join(outDir, 'pontis.mjs');

let env: Awaited<ReturnType<typeof createCliEnvironment>>;
let t: TestApp;

beforeAll(async () => {
  const { buildServer } = (await import(path.join(root, 'scripts/build-server.mjs'))) as { buildServer: (o: { outfile: string }) => Promise<unknown> };
  await buildServer({ outfile });
  env = await createCliEnvironment();
  t = await createTestApp();
}, 120_000);
afterAll(async () => {
  fs.rmSync(outDir, { recursive: true, force: true });
  await env?.cleanup();
});

/** Starts the bundle on a free port; resolves with its URL and a stop function. */
function startBundle(): Promise<{ url: string; stop: () => void }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [outfile, 'serve', '--port', '0', '--host', '127.0.0.1'], {
      cwd: root,
      env: { ...process.env, PONTIS_LOG_LEVEL: 'warn', PONTIS_DEMO: 'off', PONTIS_CALLS_SYNC: 'off', DATABASE_URL: '', ...env.env },
    });
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      const url = /Pontis is running at (http:\/\/\S+)/.exec(out)?.[1];
      if (url) resolve({ url, stop: () => child.kill() });
    });
    child.stderr.on('data', (d) => (out += d));
    child.on('exit', (code) => reject(new Error(`the bundled server exited (${code}): ${out}`)));
  });
}

describe('the server bundle', () => {
  it('answers the same API as the sources: every path of the OpenAPI document, and a feature route', async () => {
    const server = await startBundle();
    try {
      const bundled = (await (await fetch(`${server.url}/api/openapi.json`)).json()) as { paths: Record<string, unknown> };
      const sources = (await t.anonymous().get('/api/openapi.json')).body as { paths: Record<string, unknown> };
      expect(Object.keys(bundled.paths).length).toBeGreaterThan(100);
      expect(Object.keys(bundled.paths).sort()).toEqual(Object.keys(sources.paths).sort());
      expect((await fetch(`${server.url}/api/themes`)).status).toBe(200);
    } finally {
      server.stop();
    }
  }, 90_000);
});
