import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { desc, eq, inArray } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import type { TestClient } from '../../testing/test-client.ts';
import { callImports, callSyncState, fundingCalls, type CallImportOutcome } from './calls.table.ts';
import { importCallRecords } from './import-calls.ts';
import { runMayBeAliveSql, runOutcomeAt, thisRunner } from './import-run-lease.ts';

// A run that a killed or crashed process leaves "running" must read as interrupted: by its
// expired lease anywhere, at once on the host where its pid is gone.

const url = 'http://portal.invalid/lease.json';
const referenceFile = path.join(import.meta.dirname, 'fixtures', 'grants-tenders.sample.json');
/** No process has this pid: it is above the largest pid_max Linux allows (2^22). */
const deadPid = 2 ** 22 + 12345;
const minutes = (n: number) => new Date(Date.now() + n * 60_000);

let t: TestApp;
let admin: TestClient;

beforeAll(async () => {
  t = await createTestApp({ callsUrl: url });
  admin = await t.signedIn({ role: 'admin' });
});

async function insertRun(values: Partial<typeof callImports.$inferInsert>) {
  const [row] = await t.database.db
    .insert(callImports)
    .values({ source: 'reference-file', outcome: 'running', ...values })
    .returning();
  return row;
}

function upload(client: TestClient, content: Buffer) {
  const boundary = `----PontisLease${crypto.randomBytes(6).toString('hex')}`;
  const body = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="grantsTenders.json"\r\nContent-Type: application/json\r\n\r\n`),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return client.post('/api/calls/import', body, { 'content-type': `multipart/form-data; boundary=${boundary}` });
}

describe('call import runs whose process is gone', () => {
  it('shows in the run log a running run of a dead process, or with an expired lease, as interrupted', async () => {
    const runs = {
      killedHere: await insertRun({ runner: `${deadPid}@${os.hostname()}`, aliveUntil: minutes(60) }),
      expiredElsewhere: await insertRun({ runner: '4242@other-host', aliveUntil: minutes(-1) }),
      fromBeforeLeases: await insertRun({ runner: null, aliveUntil: null }),
      liveElsewhere: await insertRun({ runner: '4242@other-host', aliveUntil: minutes(60) }),
      liveHere: await insertRun({ runner: thisRunner(), aliveUntil: minutes(60) }),
      failed: await insertRun({ outcome: 'failed', runner: `${deadPid}@${os.hostname()}`, aliveUntil: minutes(-1), message: 'Rolled back' }),
    };
    const res = await admin.get('/api/calls/imports');
    expect(res.status).toBe(200);
    const shown = new Map<string, { outcome: string; message: string | null }>(
      res.body.items.map((i: { id: string; outcome: string; message: string | null }) => [i.id, i]),
    );
    const outcomes = Object.fromEntries(Object.entries(runs).map(([name, row]) => [name, shown.get(row.id)?.outcome]));
    expect(outcomes).toEqual({
      killedHere: 'interrupted',
      expiredElsewhere: 'interrupted',
      fromBeforeLeases: 'interrupted',
      liveElsewhere: 'running',
      liveHere: 'running',
      failed: 'failed',
    });
    expect(shown.get(runs.killedHere.id)?.message).toMatch(/^Interrupted: the process carrying out this run stopped/);
    await t.database.db.delete(callImports).where(
      inArray(
        callImports.id,
        Object.values(runs).map((r) => r.id),
      ),
    );
  });

  it('agrees with its SQL twin on which runs may still be running', async () => {
    const now = new Date();
    const leases = [null, minutes(-60), minutes(-1), minutes(1), minutes(60)];
    const outcomes: CallImportOutcome[] = ['running', 'done', 'failed', 'queued', 'interrupted'];
    const rows = [];
    for (const outcome of outcomes) for (const aliveUntil of leases) rows.push(await insertRun({ outcome, aliveUntil, runner: '4242@other-host' }));
    const ids = rows.map((r) => r.id);
    const inSql = await t.database.db.select({ id: callImports.id }).from(callImports).where(runMayBeAliveSql(now));
    const sqlAlive = new Set(inSql.map((r) => r.id).filter((id) => ids.includes(id)));
    const tsAlive = new Set(rows.filter((r) => runOutcomeAt(r, now, () => false) === 'running').map((r) => r.id));
    expect(sqlAlive).toEqual(tsAlive);
    expect(tsAlive.size).toBe(2);
    await t.database.db.delete(callImports).where(inArray(callImports.id, ids));
  });

  it('ends an upload that breaks off midway as failed, changing no call', async () => {
    const whole = fs.readFileSync(referenceFile);
    const res = await upload(admin, whole.subarray(0, Math.floor(whole.length * 0.7)));
    expect(res.status).toBe(400);
    expect(res.body.fields).toEqual([expect.objectContaining({ path: 'file', rule: 'json' })]);
    const [newest] = await t.database.db.select().from(callImports).orderBy(desc(callImports.startedAt)).limit(1);
    expect(newest.outcome).toBe('failed');
    expect((await admin.get('/api/calls/imports')).body.items[0]).toMatchObject({ id: newest.id, outcome: 'failed' });
    expect(await t.database.db.select().from(fundingCalls)).toEqual([]);
  });

  it('ends an import that throws midway for any other reason as failed, with the reason', async () => {
    async function* records() {
      yield { identifier: 'LEASE-1', title: 'One' };
      yield { identifier: 'LEASE-2', title: 'Two' };
      throw new Error('the disk went away');
    }
    await expect(importCallRecords(t.ctx(), records(), { batchSize: 1 })).rejects.toThrow('the disk went away');
    const [newest] = await t.database.db.select().from(callImports).orderBy(desc(callImports.startedAt)).limit(1);
    expect(newest).toMatchObject({ outcome: 'failed', records: 2 });
    expect(newest.message).toMatch(/^Rolled back, no call was changed: the disk went away/);
    expect(await t.database.db.select().from(fundingCalls).where(eq(fundingCalls.identifier, 'LEASE-1'))).toEqual([]);
  });

  it('queues a new sync rather than answer "Sync now" with the run of a dead process', async () => {
    // The dead process still holds the URL's claim (it would have released it on the way out).
    await t.database.db.insert(callSyncState).values({ url, claimedUntil: minutes(60) });
    const dead = await insertRun({ source: 'sync', origin: url, runner: '4242@other-host', aliveUntil: minutes(-1) });
    const res = await admin.post('/api/calls/sync');
    expect(res.status).toBe(202);
    expect(res.body.id).not.toBe(dead.id);
    expect(res.body.outcome).toBe('queued');

    // A run whose process is alive is the answer, and nothing more is queued.
    await t.database.db.delete(callImports).where(eq(callImports.id, res.body.id));
    const live = await insertRun({ source: 'sync', origin: url, runner: '4242@other-host', aliveUntil: minutes(60) });
    const again = await admin.post('/api/calls/sync');
    expect(again.body).toMatchObject({ id: live.id, outcome: 'running' });
  });
});
