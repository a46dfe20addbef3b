import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { callImports, callSyncState } from './calls.table.ts';
import { serveFixture, unreachableUrl, type FixtureServer } from './calls-test-server.ts';
import { claimDailySync, claimSyncNow, releaseSync, syncCalls } from './sync-calls.ts';

const fixture = path.join(import.meta.dirname, 'fixtures', 'grants-tenders.sample.json');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pontis-calls-sync-'));
const now = new Date('2026-06-01T08:00:00Z');

let t: TestApp;
let portal: FixtureServer;
beforeAll(async () => {
  portal = await serveFixture(fixture);
  t = await createTestApp({ dataDir, callsUrl: portal.url });
});
afterAll(async () => {
  await portal.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('syncCalls', () => {
  it('downloads and imports, then asks conditionally and gets 304', async () => {
    const first = await syncCalls(t.ctx(), { now });
    expect(first).toMatchObject({ outcome: 'done', summary: { added: 22, skipped: 3 } });
    expect(portal.requests[0]).toEqual({ ifNoneMatch: undefined, ifModifiedSince: undefined });
    // The download is removed once imported.
    expect(fs.readdirSync(path.join(dataDir, 'calls'))).toEqual([]);
    const [state] = await t.database.db.select().from(callSyncState).where(eq(callSyncState.url, portal.url));
    expect(state).toMatchObject({ etag: '"fixture-1"', lastOutcome: 'done' });

    const second = await syncCalls(t.ctx(), { now });
    expect(second).toMatchObject({ outcome: 'not-modified', summary: null });
    expect(portal.requests[1]).toEqual({ ifNoneMatch: '"fixture-1"', ifModifiedSince: 'Mon, 01 Jun 2026 06:00:00 GMT' });
    const [run] = await t.database.db.select().from(callImports).where(eq(callImports.id, second.importId));
    expect(run).toMatchObject({ source: 'sync', outcome: 'not-modified', origin: portal.url });
  });

  it('says so and keeps the data when the portal cannot be reached', async () => {
    const url = await unreachableUrl();
    const result = await syncCalls(t.ctx(), { url, now });
    expect(result.outcome).toBe('offline');
    expect(result.message).toMatch(/^Could not reach 127\.0\.0\.1:\d+ \(ECONNREFUSED\); the 22 calls already imported are kept\.$/);
    const [run] = await t.database.db.select().from(callImports).where(eq(callImports.id, result.importId));
    expect(run).toMatchObject({ outcome: 'offline', message: result.message });
  });

  it('lets one process claim the daily sync, once a day', async () => {
    const url = 'http://portal.invalid/daily.json';
    const claims = await Promise.all([claimDailySync(t.ctx(), url, now), claimDailySync(t.ctx(), url, now)]);
    expect(claims.filter(Boolean)).toHaveLength(1);
    await t.database.db.update(callSyncState).set({ lastCheckedAt: now, lastSuccessAt: now }).where(eq(callSyncState.url, url));
    await releaseSync(t.ctx(), url);
    expect(await claimDailySync(t.ctx(), url, new Date(now.getTime() + 3_600_000))).toBe(false);
    expect(await claimDailySync(t.ctx(), url, new Date(now.getTime() + 25 * 3_600_000))).toBe(true);
    // A claim left by a process that died expires after two hours.
    expect(await claimDailySync(t.ctx(), url, new Date(now.getTime() + 26 * 3_600_000))).toBe(false);
    expect(await claimDailySync(t.ctx(), url, new Date(now.getTime() + 28 * 3_600_000))).toBe(true);
    // That run found the portal offline: it is tried again 6 hours later, not a day later.
    const hours = (h: number) => new Date(now.getTime() + h * 3_600_000);
    await t.database.db
      .update(callSyncState)
      .set({ lastCheckedAt: hours(28), lastSuccessAt: hours(1) })
      .where(eq(callSyncState.url, url));
    await releaseSync(t.ctx(), url);
    expect(await claimDailySync(t.ctx(), url, hours(33))).toBe(false);
    expect(await claimDailySync(t.ctx(), url, hours(35))).toBe(true);
  });

  it('lets a sync asked for now wait for one in progress, and marks the run of a process that died as interrupted', async () => {
    const url = 'http://portal.invalid/now.json';
    expect(await claimSyncNow(t.ctx(), url, now)).toBe(true);
    // Neither a second "sync now" nor the daily sync starts meanwhile.
    expect(await claimSyncNow(t.ctx(), url, now)).toBe(false);
    expect(await claimDailySync(t.ctx(), url, now)).toBe(false);
    // The process dies mid-run: its run stays "running" and its claim expires after two hours.
    const [orphan] = await t.database.db.insert(callImports).values({ source: 'sync', origin: url, outcome: 'running', startedAt: now }).returning();
    expect(await claimSyncNow(t.ctx(), url, new Date(now.getTime() + 3_600_000))).toBe(false);
    expect(await claimSyncNow(t.ctx(), url, new Date(now.getTime() + 3 * 3_600_000))).toBe(true);
    const [after] = await t.database.db.select().from(callImports).where(eq(callImports.id, orphan.id));
    expect(after.outcome).toBe('interrupted');
    expect(after.message).toMatch(/^Interrupted: the process carrying out this run stopped/);
    await releaseSync(t.ctx(), url);
  });

  it('is for administrators only', async () => {
    const member = { kind: 'user', id: crypto.randomUUID(), email: 'm@x', displayName: 'M', role: 'member', cityId: null, organisationId: null } as const;
    await expect(syncCalls(t.ctx(member))).rejects.toMatchObject({ status: 403 });
  });
});
