import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedCity } from '../../testing/factories.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import type { TestClient } from '../../testing/test-client.ts';
import { serveFixture, type FixtureServer } from './calls-test-server.ts';
import { runQueuedCallsSync } from './request-calls-sync.ts';
import { claimSyncNow, releaseSync } from './sync-calls.ts';

const fixtures = path.join(import.meta.dirname, 'fixtures');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pontis-calls-api-'));

let t: TestApp;
let portal: FixtureServer;
let admin: TestClient;
let coordinator: TestClient;

function upload(client: TestClient, content: Buffer, field = 'file') {
  const boundary = `----PontisCalls${crypto.randomBytes(6).toString('hex')}`;
  const body = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="grantsTenders.json"\r\nContent-Type: application/json\r\n\r\n`),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return client.post('/api/calls/import', body, { 'content-type': `multipart/form-data; boundary=${boundary}` });
}

beforeAll(async () => {
  portal = await serveFixture(path.join(fixtures, 'search-api-page.sample.json'), '"page-1"');
  t = await createTestApp({ dataDir, callsUrl: portal.url });
  const city = await seedCity(t.database.db);
  admin = await t.signedIn({ role: 'admin' });
  coordinator = await t.signedIn({ role: 'coordinator', cityId: city.id });
});
afterAll(async () => {
  await portal.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('calls API', () => {
  it('refuses imports, syncs and the import log to anyone but administrators', async () => {
    const file = fs.readFileSync(path.join(fixtures, 'grants-tenders.sample.json'));
    expect((await upload(t.anonymous(), file)).status).toBe(401);
    expect((await upload(coordinator, file)).status).toBe(403);
    expect((await t.anonymous().post('/api/calls/sync')).status).toBe(401);
    expect((await coordinator.post('/api/calls/sync')).status).toBe(403);
    expect((await t.anonymous().get('/api/calls/imports')).status).toBe(401);
    expect((await coordinator.get('/api/calls/imports')).status).toBe(403);
    expect(portal.requests).toHaveLength(0);
  });

  it('imports an uploaded reference file for an administrator', async () => {
    const res = await upload(admin, fs.readFileSync(path.join(fixtures, 'grants-tenders.sample.json')));
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ source: 'reference-file', origin: 'grantsTenders.json', outcome: 'done', records: 25, added: 22, skipped: 3 });
    const broken = await upload(admin, Buffer.from('{"fundingData": [oops'));
    expect(broken.status).toBe(400);
    expect(broken.body.fields).toEqual([expect.objectContaining({ path: 'file', rule: 'json' })]);
    const missing = await upload(admin, Buffer.from('{}'), 'other');
    expect(missing.status).toBe(400);
    expect(missing.body.fields[0].path).toBe('file');
  });

  it('lists calls publicly, open and forthcoming by default, soonest deadline first, with the exact summary shape', async () => {
    // The list judges statuses at the request's time: these calls are dated relative to it.
    const day = 86_400_000;
    const at = (days: number) => Date.now() + days * day;
    const records = [
      { identifier: 'REL-OPEN-LATER', title: 'Open, later deadline', plannedOpeningDateLong: at(-10), deadlineDatesLong: [at(60)] },
      {
        identifier: 'REL-OPEN-SOON',
        title: 'Open, soon',
        plannedOpeningDateLong: at(-10),
        deadlineDatesLong: [at(-5), at(20)],
        deadlineModel: 'multiple cut-off',
      },
      { identifier: 'REL-FORTHCOMING', title: 'Forthcoming', plannedOpeningDateLong: at(10), deadlineDatesLong: [at(90)] },
      { identifier: 'REL-CLOSED', title: 'Closed', status: { id: 31094502 }, plannedOpeningDateLong: at(-100), deadlineDatesLong: [at(-1)] },
    ];
    expect((await upload(admin, Buffer.from(JSON.stringify({ fundingData: { GrantTenderObj: records } })))).status).toBe(200);
    const res = await t.anonymous().get('/api/calls?pageSize=100&q=REL-');
    expect(res.status).toBe(200);
    expect(res.body.items.map((c: { identifier: string; status: string }) => [c.identifier, c.status])).toEqual([
      ['REL-OPEN-SOON', 'open'],
      ['REL-OPEN-LATER', 'open'],
      ['REL-FORTHCOMING', 'forthcoming'],
    ]);
    expect(res.body.items[0].nextDeadlineAt).toBe(new Date(records[1].deadlineDatesLong[1]).toISOString());
    expect(res.body.programmes).toEqual([{ code: 'REL', name: null, count: 3 }]);
    const first = res.body.items[0];
    expect(Object.keys(first).sort()).toEqual(
      [
        'id',
        'identifier',
        'kind',
        'title',
        'callIdentifier',
        'callTitle',
        'programme',
        'status',
        'openingAt',
        'nextDeadlineAt',
        'deadlineModel',
        'deadlines',
        'concepts',
        'url',
      ].sort(),
    );
    const closed = await t.anonymous().get('/api/calls?status=closed&q=REL-');
    expect(closed.body.items.map((c: { identifier: string }) => c.identifier)).toEqual(['REL-CLOSED']);
  });

  it('shows one call, tenders with slashes included, and 404 for an unknown one', async () => {
    const cerv = await t.anonymous().get('/api/calls/CERV-2026-CITIZENS-TOWN-TT');
    expect(cerv.status).toBe(200);
    expect(cerv.body).toMatchObject({
      identifier: 'CERV-2026-CITIZENS-TOWN-TT',
      programme: { code: 'CERV' },
      deadlineModel: 'multiple cut-off',
      source: 'reference-file',
    });
    expect(cerv.body.deadlines).toHaveLength(2);
    const tender = await t.anonymous().get(`/api/calls/${encodeURIComponent('EC-REGIO/2026/OP/0007')}`);
    expect(tender.status).toBe(200);
    expect(tender.body.kind).toBe('tender');
    expect((await t.anonymous().get('/api/calls/NOPE-1')).status).toBe(404);
  });

  it('names the field of a bad query', async () => {
    const res = await t.anonymous().get('/api/calls?pageSize=500&status=maybe');
    expect(res.status).toBe(400);
    expect(res.body.fields.map((f: { path: string }) => f.path).sort()).toEqual(['querystring.pageSize', 'querystring.status']);
  });

  it('queues a sync for an administrator, which a server process then carries out, and logs the runs', async () => {
    const first = await admin.post('/api/calls/sync');
    expect(first.status, JSON.stringify(first.body)).toBe(202);
    expect(first.body).toMatchObject({ source: 'sync', outcome: 'queued', origin: portal.url, finishedAt: null });
    // Asking again while it waits returns the same run rather than queueing a second.
    const again = await admin.post('/api/calls/sync');
    expect(again.status).toBe(202);
    expect(again.body.id).toBe(first.body.id);

    // While another sync of the URL is in progress (the daily one, the CLI) the queued run waits.
    expect(await claimSyncNow(t.ctx(), portal.url, new Date())).toBe(true);
    expect(await runQueuedCallsSync(t.database.db, t.config)).toBeNull();
    expect((await admin.get('/api/calls/imports')).body.items[0]).toMatchObject({ id: first.body.id, outcome: 'queued' });
    await releaseSync(t.ctx(), portal.url);

    expect(await runQueuedCallsSync(t.database.db, t.config)).toMatchObject({ outcome: 'done', importId: first.body.id });
    expect(await runQueuedCallsSync(t.database.db, t.config)).toBeNull();
    const done = (await admin.get('/api/calls/imports')).body.items[0];
    expect(done).toMatchObject({ id: first.body.id, outcome: 'done', records: 5, added: 3, changed: 1, skipped: 1 });
    expect(done.finishedAt).not.toBeNull();

    const second = await admin.post('/api/calls/sync');
    expect(second.body.id).not.toBe(first.body.id);
    expect(await runQueuedCallsSync(t.database.db, t.config)).toMatchObject({ outcome: 'not-modified', importId: second.body.id });
    const log = await admin.get('/api/calls/imports');
    expect(log.status).toBe(200);
    expect(log.body.items.slice(0, 2).map((r: { outcome: string }) => r.outcome)).toEqual(['not-modified', 'done']);
  });

  it('queues one sync when two administrators ask at the same moment', async () => {
    const other = await t.signedIn({ role: 'admin' });
    const [a, b] = await Promise.all([admin.post('/api/calls/sync'), other.post('/api/calls/sync')]);
    expect([a.status, b.status]).toEqual([202, 202]);
    expect(a.body.id).toBe(b.body.id);
    // Two server processes polling at the same moment: one of them runs it, once.
    const runs = await Promise.all([runQueuedCallsSync(t.database.db, t.config), runQueuedCallsSync(t.database.db, t.config)]);
    expect(runs.filter((r) => r !== null)).toHaveLength(1);
    expect(runs.find((r) => r !== null)).toMatchObject({ importId: a.body.id });
  });
});
