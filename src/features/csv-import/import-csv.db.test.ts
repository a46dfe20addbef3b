import { count, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../shared/actor.ts';
import { seedCity, seedOrganisation } from '../../testing/factories.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { auditEvents } from '../audit/audit.table.ts';
import { organisationItems, organisations } from '../organisations/organisations.table.ts';
import { bufferSource } from './csv-reader.ts';
import { importCsv, type CsvImportOptions } from './import-csv.ts';

let t: TestApp;
let city: { id: string; key: string };
let other: { id: string; key: string };

beforeAll(async () => {
  t = await createTestApp();
  city = await seedCity(t.database.db, { key: 'csv-town', name: 'Klausenburg-Test' });
  other = await seedCity(t.database.db, { key: 'csv-elsewhere', name: 'Elsewhere' });
});

const csv = (lines: string[]) => bufferSource(Buffer.from(lines.join('\n') + '\n'));
const run = (lines: string[], options: CsvImportOptions = {}, actor?: Actor) => importCsv(t.ctx(actor), csv(lines), { defaultCity: city, ...options });
const orgsIn = async (cityId: string) => (await t.database.db.select({ n: count() }).from(organisations).where(eq(organisations.cityId, cityId)))[0].n;
const byKey = async (key: string) => (await t.database.db.select().from(organisations).where(eq(organisations.key, key)))[0];

describe('CSV import (all or nothing)', () => {
  it('writes nothing when one row is invalid, and reports the row, field and column', async () => {
    const result = await run([
      'Denumire;Tip;Descriere',
      'Universitatea Tehnică;Universitate;Cea mai veche universitate tehnică',
      'Firma X;Navă spațială;',
      'Asociația Y;Asociație;',
    ]);
    expect(result.outcome).toBe('rejected');
    expect(result.delimiter).toBe(';');
    expect(result.report).toMatchObject({ rows: 3, validRows: 2, invalidRows: 1 });
    expect(result.report.problems).toEqual([
      { row: 3, field: 'kind', column: 'Tip', rule: 'invalid_enum', message: '"Navă spațială" is not a known kind of organisation' },
    ]);
    expect(await orgsIn(city.id)).toBe(0);
  });

  it('rolls back earlier batches when the write phase fails midway', async () => {
    const lines = ['Name,Art', ...Array.from({ length: 7 }, (_, i) => `Rollback ${i},Firma`)];
    await expect(
      run(lines, {
        batchSize: 2,
        onProgress: (p) => {
          if (p.phase === 'write' && p.rows >= 4) throw new Error('disk full');
        },
      }),
    ).rejects.toThrow('disk full');
    expect(await orgsIn(city.id)).toBe(0);
  });

  it('with skipInvalid writes the valid rows and reports the skipped ones', async () => {
    const result = await run(['Name,Art,Website', 'Skip A,company,www.a.example', 'Skip B,,', 'Skip C,Egyetem,https://c.example'], { skipInvalid: true });
    expect(result.outcome).toBe('imported');
    expect(result.skipped).toBe(1);
    expect(result.counts).toEqual({ created: 2, updated: 0, unchanged: 0 });
    expect(result.report.problems).toEqual([expect.objectContaining({ row: 3, field: 'kind', rule: 'required' })]);
    expect((await byKey('skip-a')).website).toBe('https://www.a.example');
    expect((await byKey('skip-c')).kind).toBe('university');
    expect(await byKey('skip-b')).toBeUndefined();
  });

  it('validates only in a dry run', async () => {
    const result = await run(['Name,Art', 'Dry Run Org,company'], { dryRun: true });
    expect(result.outcome).toBe('validated');
    expect(await byKey('dry-run-org')).toBeUndefined();
  });

  it('refuses a key used twice in the file, naming the first line', async () => {
    const result = await run(['Key,Name,Art', 'dup-1,First,company', 'dup-1,Second,company', ',Same Name,company', ',Same Name,ngo']);
    expect(result.outcome).toBe('rejected');
    expect(result.report.problems.map((p) => [p.row, p.field, p.rule])).toEqual([
      [3, 'key', 'duplicate'],
      [5, 'name', 'duplicate'],
    ]);
    expect(result.report.problems[0].message).toContain('line 2');
  });

  it('refuses an unusable mapping before reading rows', async () => {
    await expect(run(['Foo,Bar', 'a,b'])).rejects.toMatchObject({
      code: 'validation_failed',
      fields: [expect.objectContaining({ path: 'mapping.name' }), expect.objectContaining({ path: 'mapping.kind' })],
    });
    await expect(run(['Foo,Bar', 'a,b'], { mapping: { name: 'Foo', kind: 'Baz' } })).rejects.toMatchObject({
      fields: [expect.objectContaining({ path: 'mapping.kind' })],
    });
  });

  it('reports a file that is not UTF-8', async () => {
    const latin1 = Buffer.from('Name;Art\nStraße GmbH;Unternehmen\n', 'latin1');
    const result = await importCsv(t.ctx(), bufferSource(latin1), { defaultCity: city });
    expect(result.outcome).toBe('rejected');
    expect(result.report.problems[0]).toMatchObject({ rule: 'encoding' });
  });
});

describe('CSV import (idempotent by key)', () => {
  const file = [
    'Key\tName\tType\tCity\tDescription\tLanguage\tThemes\tOffer\tOffer category',
    'idem-tu\tTU Idempotent\tUniversity\tKlausenburg-Test\tTechnische Universität mit Laboren für Robotik\tde\tsustainability\tRobotiklabor für Pilotprojekte\tForschung',
    'idem-assoc\tVerein Idempotent\tVerein\tcsv-town\t\t\t\t\t',
  ];

  it('creates, then leaves unchanged records alone, then updates what changed', async () => {
    const first = await run(file);
    expect(first.delimiter).toBe('\t');
    expect(first.counts).toEqual({ created: 2, updated: 0, unchanged: 0 });
    const tu = await byKey('idem-tu');
    expect(tu).toMatchObject({
      name: 'TU Idempotent',
      kind: 'university',
      themes: ['sustainability'],
      description: [{ lang: 'de', text: 'Technische Universität mit Laboren für Robotik' }],
    });
    const items = await t.database.db.select().from(organisationItems).where(eq(organisationItems.organisationId, tu.id));
    expect(items).toMatchObject([{ direction: 'offer', category: 'research', text: 'Robotiklabor für Pilotprojekte', status: 'approved' }]);
    const audits = async () => (await t.database.db.select({ n: count() }).from(auditEvents).where(eq(auditEvents.entityId, tu.id)))[0].n;
    expect(await audits()).toBe(1);

    const second = await run(file);
    expect(second.counts).toEqual({ created: 0, updated: 0, unchanged: 2 });
    expect((await byKey('idem-tu')).version).toBe(tu.version);
    expect(await audits()).toBe(1);

    // Only name and kind mapped: the rest of the record stays as it is.
    const third = await run(['Key,Name,Type', 'idem-tu,TU Idempotent (renamed),university']);
    expect(third.counts).toEqual({ created: 0, updated: 1, unchanged: 0 });
    const renamed = await byKey('idem-tu');
    expect(renamed).toMatchObject({ name: 'TU Idempotent (renamed)', version: tu.version + 1, themes: ['sustainability'] });
    expect(renamed.description).toEqual(tu.description);
    expect(await t.database.db.select().from(organisationItems).where(eq(organisationItems.organisationId, tu.id))).toHaveLength(1);
    expect(await audits()).toBe(2);
  });

  it('makes imported organisations and offers findable by search', async () => {
    const res = await t.anonymous().get('/api/search?q=Robotiklabor');
    expect(res.status).toBe(200);
    expect(res.body.items.map((h: { organisation: { key: string } }) => h.organisation.key)).toContain('idem-tu');
    const byName = await t.anonymous().get('/api/search?q=Verein%20Idempotent');
    expect(byName.body.items.map((h: { organisation: { key: string } }) => h.organisation.key)).toContain('idem-assoc');
  });
});

describe('CSV import by a coordinator', () => {
  const coordinator = (cityId: string): Actor => ({
    kind: 'user',
    id: crypto.randomUUID(),
    email: 'c@example.org',
    displayName: 'C',
    role: 'coordinator',
    cityId,
    organisationId: null,
  });

  it('writes only into the coordinator’s city and never over another city’s organisation', async () => {
    await seedOrganisation(t.database.db, { cityId: other.id, key: 'foreign-org', name: 'Foreign' });
    const result = await run(
      ['Key,Name,Art,Stadt', 'coord-own,Own,company,', 'coord-there,There,company,Elsewhere', 'foreign-org,Hijack,company,'],
      {},
      coordinator(city.id),
    );
    expect(result.outcome).toBe('rejected');
    expect(result.report.problems.map((p) => [p.row, p.field, p.rule])).toEqual([
      [3, 'city', 'forbidden'],
      [4, 'key', 'forbidden'],
    ]);
    expect((await byKey('foreign-org')).name).toBe('Foreign');
  });

  it('is refused for another city', async () => {
    await expect(run(['Name,Art', 'X,company'], {}, coordinator(other.id))).rejects.toMatchObject({ code: 'forbidden' });
  });
});
