import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedCity } from '../../testing/factories.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import type { TestClient } from '../../testing/test-client.ts';
import { serveFixture, type FixtureServer } from './calls-test-server.ts';
import { callImports } from './calls.table.ts';
import { runQueuedCallsSync } from './request-calls-sync.ts';

// The run log says what happened as a code with parameters (worded by the web in the reader's
// language) beside the English message for API clients and logs.

const fixtures = path.join(import.meta.dirname, 'fixtures');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pontis-run-messages-'));

/** A port on which nothing listens: connecting is refused at once. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

let portal: FixtureServer;
let offline: TestApp;
let online: TestApp;
let offlineAdmin: TestClient;
let onlineAdmin: TestClient;

beforeAll(async () => {
  portal = await serveFixture(path.join(fixtures, 'search-api-page.sample.json'), '"page-1"');
  offline = await createTestApp({ dataDir, callsUrl: `http://127.0.0.1:${await closedPort()}/grantsTenders.json` });
  online = await createTestApp({ dataDir, callsUrl: portal.url });
  offlineAdmin = await offline.signedIn({ role: 'admin' });
  onlineAdmin = await online.signedIn({ role: 'admin' });
});
afterAll(async () => {
  await portal.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const latestRun = async (client: TestClient) => {
  const res = await client.get('/api/calls/imports');
  expect(res.status).toBe(200);
  return res.body.items[0];
};

describe('the calls run log’s messages', () => {
  it('gives an unreachable portal as calls.source-unreachable with host, reason and the calls kept', async () => {
    expect((await offlineAdmin.post('/api/calls/sync')).status).toBe(202);
    expect(await runQueuedCallsSync(offline.database.db, offline.config)).toMatchObject({ outcome: 'offline' });
    const run = await latestRun(offlineAdmin);
    const host = new URL(offline.config.callsUrl).host;
    expect(run).toMatchObject({
      outcome: 'offline',
      messageCode: 'calls.source-unreachable',
      messageParams: { host, reason: 'ECONNREFUSED', kept: 0 },
      message: `Could not reach ${host} (ECONNREFUSED); the 0 calls already imported are kept.`,
    });
  });

  it('gives skipped records, then an unchanged file, as codes with their numbers', async () => {
    expect((await onlineAdmin.post('/api/calls/sync')).status).toBe(202);
    expect(await runQueuedCallsSync(online.database.db, online.config)).toMatchObject({ outcome: 'done' });
    const done = await latestRun(onlineAdmin);
    expect(done).toMatchObject({ outcome: 'done', skipped: 1, messageCode: 'calls.records-skipped', messageParams: { skipped: 1 } });
    expect(done.message).toMatch(/^Skipped: record \d+: /);

    expect((await onlineAdmin.post('/api/calls/sync')).status).toBe(202);
    expect(await runQueuedCallsSync(online.database.db, online.config)).toMatchObject({ outcome: 'not-modified' });
    expect(await latestRun(onlineAdmin)).toMatchObject({ outcome: 'not-modified', messageCode: 'calls.not-modified', messageParams: {} });
  });

  it('leaves a run logged before codes with its English message and no code', async () => {
    const [old] = await online.database.db
      .insert(callImports)
      .values({
        source: 'reference-file',
        outcome: 'failed',
        finishedAt: new Date(),
        startedAt: new Date(Date.now() + 60_000),
        message: 'Rolled back, no call was changed: old text',
      })
      .returning();
    const run = await latestRun(onlineAdmin);
    expect(run).toMatchObject({ id: old.id, messageCode: null, messageParams: null, message: 'Rolled back, no call was changed: old text' });
  });

  it('shows the log to administrators only', async () => {
    const city = await seedCity(online.database.db);
    const coordinator = await online.signedIn({ role: 'coordinator', cityId: city.id });
    expect((await coordinator.get('/api/calls/imports')).status).toBe(403);
    expect((await online.anonymous().get('/api/calls/imports')).status).toBe(401);
  });
});
