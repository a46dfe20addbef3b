import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { auditEvents } from '../audit/audit.table.ts';
import { callImports, fundingCalls } from './calls.table.ts';
import { importCallRecords, importCallsFromFile, importCallsFromStream } from './import-calls.ts';
import { getCall, listCalls } from './list-calls.ts';

const fixtures = path.join(import.meta.dirname, 'fixtures');
const referenceFile = path.join(fixtures, 'grants-tenders.sample.json');
const searchPage = path.join(fixtures, 'search-api-page.sample.json');
const now = new Date('2026-06-01T08:00:00Z');
const query = { page: 1, pageSize: 100 } as const;

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});

describe('importing calls', () => {
  it('loads the reference file streaming, skipping broken records, and a second import changes nothing', async () => {
    const progress: number[] = [];
    const first = await importCallsFromFile(t.ctx(), referenceFile, { now, batchSize: 7, onProgress: (p) => progress.push(p.bytesRead) });
    expect(first).toMatchObject({ format: 'reference-file', records: 25, added: 22, changed: 0, unchanged: 0, skipped: 3 });
    expect(first.skippedReasons).toEqual(['record 16: no identifier', 'record 17: no title (HORIZON-NOTITLE-2026-01)', 'record 18: no identifier']);
    expect(progress.at(-1)).toBe(fs.statSync(referenceFile).size);

    const [before] = await t.database.db.select().from(fundingCalls).where(eq(fundingCalls.identifier, 'CERV-2026-CITIZENS-TOWN-TT'));
    const second = await importCallsFromFile(t.ctx(), referenceFile, { now: new Date('2026-06-02T08:00:00Z') });
    expect(second).toMatchObject({ records: 25, added: 0, changed: 0, unchanged: 22, closed: 0, skipped: 3 });
    const [after] = await t.database.db.select().from(fundingCalls).where(eq(fundingCalls.identifier, 'CERV-2026-CITIZENS-TOWN-TT'));
    expect(after.changedAt).toEqual(before.changedAt);
    expect(after.contentHash).toBe(before.contentHash);

    const runs = await t.database.db.select().from(callImports).where(eq(callImports.id, second.importId));
    expect(runs[0]).toMatchObject({ outcome: 'done', records: 25, unchanged: 22, skipped: 3 });
    const audit = await t.database.db.select().from(auditEvents).where(eq(auditEvents.entityId, second.importId));
    expect(audit).toHaveLength(1);
  });

  it('stores deadlines, tags concepts and recomputes status from the dates', async () => {
    const cerv = await getCall(t.ctx(), 'CERV-2026-CITIZENS-TOWN-TT', now);
    expect(cerv).toMatchObject({ status: 'open', nextDeadlineAt: '2026-09-16T15:00:00.000Z', programme: { code: 'CERV' }, source: 'reference-file' });
    expect(cerv.deadlines).toHaveLength(2);
    // The portal still says "Open"; the last deadline passed in 2025.
    expect((await getCall(t.ctx(), 'HORIZON-CL6-2025-COMMUNITIES-01', now)).status).toBe('closed');
    expect((await getCall(t.ctx(), 'CERV-2026-CITIZENS-TOWN-NT', now)).status).toBe('forthcoming');
    const twin = await getCall(t.ctx(), 'HORIZON-MISS-2026-CIT-02-01', now);
    expect(twin.concepts.length).toBeGreaterThan(0);

    const open = await listCalls(t.ctx(), { ...query, status: 'open' }, now);
    const ids = open.items.map((c) => c.identifier);
    expect(ids).toContain('EC-REGIO/2026/OP/0007'); // no dates: the portal's word
    expect(ids).not.toContain('HORIZON-CL6-2025-COMMUNITIES-01');
    const deadlines = open.items.map((c) => c.nextDeadlineAt).filter(Boolean) as string[];
    expect([...deadlines].sort()).toEqual(deadlines);
    expect(open.items.at(-1)?.nextDeadlineAt).toBeNull();
  });

  it('filters by text, identifier prefix, programme, kind, concept and deadline, with programme counts', async () => {
    const byText = await listCalls(t.ctx(), { ...query, q: 'town twinning' }, now);
    expect(byText.items.map((c) => c.identifier)).toEqual(['CERV-2026-CITIZENS-TOWN-TT']);
    const byPrefix = await listCalls(t.ctx(), { ...query, q: 'CERV-2026' }, now);
    expect(byPrefix.items.map((c) => c.identifier).sort()).toEqual(['CERV-2026-CITIZENS-TOWN-NT', 'CERV-2026-CITIZENS-TOWN-TT']);
    const horizon = await listCalls(t.ctx(), { ...query, programme: 'horizon' }, now);
    expect(horizon.items.every((c) => c.programme?.code === 'HORIZON')).toBe(true);
    expect(horizon.programmes.find((p) => p.code === 'CERV')?.count).toBe(2);
    const tenders = await listCalls(t.ctx(), { ...query, kind: 'tender' }, now);
    expect(tenders.items.map((c) => c.kind)).toEqual(tenders.items.map(() => 'tender'));
    const soon = await listCalls(t.ctx(), { ...query, deadlineBefore: '2026-07-01' }, now);
    expect(soon.items.map((c) => c.identifier).sort()).toEqual(['DIGITAL-2026-SMART-COMMUNITIES-01', 'EIC-2026-ACCELERATOR-01', 'INTERREG-EUROPE-2026-05']);
    const concept = (await getCall(t.ctx(), 'HORIZON-MISS-2026-CIT-02-01', now)).concepts[0];
    const byConcept = await listCalls(t.ctx(), { ...query, concept }, now);
    expect(byConcept.items.map((c) => c.identifier)).toContain('HORIZON-MISS-2026-CIT-02-01');
    const page = await listCalls(t.ctx(), { page: 2, pageSize: 5 }, now);
    expect(page.items).toHaveLength(5);
    expect(page.total).toBeGreaterThan(10);
  });

  it('merges a search-API page: changed calls are counted, including those it closes', async () => {
    const summary = await importCallsFromFile(t.ctx(), searchPage, { now });
    // TOWN-TT comes back with different content (search-API shape): changed, not added.
    expect(summary).toMatchObject({ format: 'search-api', records: 5, added: 3, changed: 1, skipped: 1 });
    const mission = await getCall(t.ctx(), 'HORIZON-MISS-2026-CIT-02-03', now);
    expect(mission).toMatchObject({ source: 'search-api', budget: [{ amount: 12000000, currency: 'EUR', year: '2026' }] });

    // A record that was open and now comes with its deadlines moved into the past: closed.
    const closing = {
      type: 1,
      identifier: 'LIFE-2026-SAP-CLIMA-GOV',
      title: 'Climate Governance and Information',
      status: { id: 31094503 },
      deadlineDatesLong: [Date.parse('2026-05-20T15:00:00Z')],
    };
    const again = await importCallRecords(t.ctx(), [closing], { now });
    expect(again).toMatchObject({ changed: 1, closed: 1 });
    const [row] = await t.database.db.select().from(fundingCalls).where(eq(fundingCalls.identifier, 'LIFE-2026-SAP-CLIMA-GOV'));
    expect(row.changedAt.toISOString()).toBe(now.toISOString());
  });

  it('counts a repeated identifier as skipped and refuses a file that is not JSON, logging the failure', async () => {
    const repeated = await importCallRecords(
      t.ctx(),
      [
        { identifier: 'REP-1', title: 'A' },
        { identifier: 'REP-1', title: 'B' },
      ],
      { now },
    );
    expect(repeated).toMatchObject({ added: 1, skipped: 1 });
    // Batches of one: the first record is written before the file turns out to be broken, and rolled back.
    const broken = importCallsFromStream(t.ctx(), Readable.from(['{"fundingData": {"GrantTenderObj": [{"identifier": "X", "title": "Y"}, {oops']), {
      now,
      batchSize: 1,
    });
    await expect(broken).rejects.toMatchObject({ code: 'validation_failed', fields: [{ path: 'file', rule: 'json' }] });
    expect(await t.database.db.select().from(fundingCalls).where(eq(fundingCalls.identifier, 'X'))).toEqual([]);
    const failed = await t.database.db.select().from(callImports).where(eq(callImports.outcome, 'failed'));
    expect(failed).toHaveLength(1);
    expect(failed[0].message).toMatch(/^Rolled back, no call was changed: The file is not valid JSON/);
  });

  it('refuses anyone but administrators', async () => {
    const member = { kind: 'user', id: crypto.randomUUID(), email: 'm@x', displayName: 'M', role: 'coordinator', cityId: null, organisationId: null } as const;
    await expect(importCallRecords(t.ctx(member), [], { now })).rejects.toMatchObject({ status: 403 });
    const file = path.join(os.tmpdir(), 'never-read.json');
    await expect(importCallsFromFile(t.ctx(member), file)).rejects.toMatchObject({ status: 403 });
  });
});
