import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database.ts';
import { systemActor } from '../../shared/actor.ts';
import { seedCity } from '../../testing/factories.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { createTestDatabase } from '../../testing/test-database.ts';
import { auditEvents } from '../audit/audit.table.ts';
import { cities } from '../cities/cities.table.ts';
import { organisationItems, organisations } from '../organisations/organisations.table.ts';
import { partnerships } from '../partnerships/partnerships.table.ts';
import { syncThemes } from '../themes/themes.service.ts';
import { exportInterchange } from './export-interchange.ts';
import { importInterchange } from './import-interchange.ts';
import { validateInterchange } from './validate-interchange.ts';

let t: TestApp;
let admin: Awaited<ReturnType<TestApp['signedIn']>>;

/** Two cities, their partnership and two organisations that name their city by name and by alias. */
function sampleDocument() {
  return {
    format: 'pontis-interchange/1',
    cities: [
      { key: 'dortmund', name: 'Dortmund', country: 'DE', latitude: 51.514, longitude: 7.468, population: 588000 },
      {
        key: 'cluj-napoca',
        name: 'Cluj-Napoca',
        country: 'RO',
        aliases: [
          { name: 'Kolozsvár', lang: 'hu' },
          { name: 'Klausenburg', lang: 'de' },
        ],
      },
    ],
    partnerships: [
      {
        key: 'dortmund-cluj-napoca',
        cities: ['dortmund', 'Klausenburg'],
        kind: 'project-partnership',
        since: '2020-07-31',
        themes: ['digitalisation-smart-city', 'sustainability'],
        description: [{ lang: 'en', text: 'A municipal project partnership.' }],
      },
    ],
    organisations: [
      {
        key: 'tu-dortmund',
        name: 'Technische Universität Dortmund',
        kind: 'university',
        city: 'Dortmund',
        website: 'https://www.tu-dortmund.de',
        languages: ['de', 'en'],
        description: [{ lang: 'de', text: 'Technische Universität.' }, { text: 'A text whose language is not given.' }],
        offers: [{ category: 'research', lang: 'en', title: 'Joint research', text: 'Logistics research.', themes: ['education-research'] }],
        requests: [{ category: 'pilot-site', text: 'A pilot site for smart-city sensors.', validUntil: '2030-12-31' }],
      },
      { key: 'ubb', name: 'Universitatea Babeș-Bolyai', kind: 'university', city: 'kolozsvar' },
    ],
  };
}

const state = async (db = t.database.db) => ({
  audit: (await db.select({ n: count() }).from(auditEvents))[0].n,
  versions: [
    ...(await db.select({ key: cities.key, v: cities.version }).from(cities)),
    ...(await db.select({ key: partnerships.key, v: partnerships.version }).from(partnerships)),
    ...(await db.select({ key: organisations.key, v: organisations.version }).from(organisations)),
  ].sort((a, b) => a.key.localeCompare(b.key)),
});

beforeAll(async () => {
  t = await createTestApp();
  await syncThemes(t.database.db);
  admin = await t.signedIn({ role: 'admin' });
});

describe('interchange import and export', () => {
  it('refuses callers without the right', async () => {
    const city = await seedCity(t.database.db);
    const coordinator = await t.signedIn({ role: 'coordinator', cityId: city.id });
    const member = await t.signedIn({ role: 'member' });
    expect((await t.anonymous().post('/api/interchange/import', sampleDocument())).status).toBe(401);
    const refused = await coordinator.post('/api/interchange/import', sampleDocument());
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('forbidden');
    expect((await t.anonymous().get('/api/interchange/export')).status).toBe(401);
    expect((await member.get('/api/interchange/export')).status).toBe(403);
    expect((await coordinator.get('/api/interchange/export')).status).toBe(200);
    await expect(importInterchange(t.ctx({ kind: 'anonymous' }), sampleDocument())).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('imports nothing from a file with errors, and names every failing path', async () => {
    const before = await state();
    const document = sampleDocument();
    (document.organisations[1] as { kind: string }).kind = 'bakery';
    document.organisations[0].city = 'Atlantis';
    document.partnerships[0].themes = ['sustainability', 'no-such-theme'];
    const res = await admin.post('/api/interchange/import', document);
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('invalid_document');
    const byPath = Object.fromEntries(res.body.fields.map((f: { path: string; message: string }) => [f.path, f.message]));
    expect(Object.keys(byPath).sort()).toEqual(['$.organisations[0].city', '$.organisations[1].kind', '$.partnerships[0].themes[1]']);
    expect(byPath['$.organisations[1].kind']).toMatch(/^must be one of: university, /);
    expect(byPath['$.organisations[0].city']).toContain('Atlantis');
    expect(byPath['$.partnerships[0].themes[1]']).toContain('no-such-theme');
    expect(await state()).toEqual(before);
    expect((await t.anonymous().get('/api/cities/dortmund')).status).toBe(404);
  });

  it('refuses an unknown field, naming it', async () => {
    const document = sampleDocument();
    Object.assign(document.organisations[0], { founded: 1968 });
    const res = await admin.post('/api/interchange/import', document);
    expect(res.status).toBe(400);
    expect(res.body.fields).toEqual([{ path: '$.organisations[0].founded', rule: 'unknown_field', message: expect.stringContaining('"founded"') }]);
  });

  it('refuses a body that is not a document, and a malformed query', async () => {
    const res = await admin.post('/api/interchange/import', [1, 2]);
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('invalid_document');
    expect(res.body.fields[0].path).toBe('$');
    const query = await admin.post('/api/interchange/import?dryRun=maybe', sampleDocument());
    expect(query.status).toBe(400);
    expect(query.body.fields[0].path).toBe('querystring.dryRun');
  });

  it('reports what a dry run would do and writes nothing', async () => {
    const before = await state();
    const res = await admin.post('/api/interchange/import?dryRun=true', sampleDocument());
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      dryRun: true,
      created: { cities: 2, partnerships: 1, organisations: 2, programmes: 0, activities: 0 },
      updated: { cities: 0, partnerships: 0, organisations: 0, programmes: 0, activities: 0 },
      unchanged: { cities: 0, partnerships: 0, organisations: 0, programmes: 0, activities: 0 },
    });
    expect(await state()).toEqual(before);
  });

  it('imports, resolving cities by key, name and alias', async () => {
    const res = await admin.post('/api/interchange/import', sampleDocument());
    expect(res.status).toBe(200);
    expect(res.body.created).toEqual({ cities: 2, partnerships: 1, organisations: 2, programmes: 0, activities: 0 });
    const document = await exportInterchange(t.ctx());
    expect(document.partnerships?.find((p) => p.key === 'dortmund-cluj-napoca')?.cities).toEqual(['dortmund', 'cluj-napoca']);
    expect(document.organisations?.find((o) => o.key === 'ubb')?.city).toBe('cluj-napoca');
    expect(document.organisations?.find((o) => o.key === 'tu-dortmund')?.description?.[1]).toEqual({ text: 'A text whose language is not given.' });
    const cluj = (await t.anonymous().get('/api/cities/cluj-napoca')).body;
    expect(cluj.aliases).toEqual(expect.arrayContaining([{ name: 'Klausenburg', lang: 'de' }]));
    expect(cluj.partnerships).toEqual([expect.objectContaining({ key: 'dortmund-cluj-napoca', name: 'Dortmund – Cluj-Napoca', status: 'active' })]);
    const audit = await t.database.db.select().from(auditEvents).where(eq(auditEvents.entityType, 'organisation'));
    expect(audit.map((a) => a.action)).toEqual(['create', 'create']);
    expect(audit[0].actorUserId).toBe(admin.userId);
  });

  it('resolves a stored city by alias, and refuses an ambiguous one', async () => {
    const ok = await importInterchange(t.ctx(), {
      format: 'pontis-interchange/1',
      organisations: [{ key: 'usamv', name: 'USAMV Cluj-Napoca', kind: 'university', city: 'Klausenburg' }],
    });
    expect(ok.created.organisations).toBe(1);
    const res = await admin.post('/api/interchange/import', {
      format: 'pontis-interchange/1',
      cities: [
        { key: 'twin-a', name: 'Twin A', country: 'DE', aliases: [{ name: 'Twin' }] },
        { key: 'twin-b', name: 'Twin B', country: 'DE', aliases: [{ name: 'Twin' }] },
      ],
      organisations: [{ key: 'somewhere', name: 'Somewhere', kind: 'other', city: 'twin' }],
    });
    expect(res.status).toBe(400);
    expect(res.body.fields).toEqual([{ path: '$.organisations[0].city', rule: 'ambiguous_reference', message: expect.stringContaining('twin-a, twin-b') }]);
  });

  it('changes nothing when the same file is imported again', async () => {
    const before = await state();
    const exported = (await admin.get('/api/interchange/export')).text;
    const res = await admin.post('/api/interchange/import', sampleDocument());
    expect(res.status).toBe(200);
    expect(res.body.created).toEqual({ cities: 0, partnerships: 0, organisations: 0, programmes: 0, activities: 0 });
    expect(res.body.updated).toEqual({ cities: 0, partnerships: 0, organisations: 0, programmes: 0, activities: 0 });
    expect(res.body.unchanged).toEqual({ cities: 2, partnerships: 1, organisations: 2, programmes: 0, activities: 0 });
    expect(await state()).toEqual(before);
    expect((await admin.get('/api/interchange/export')).text).toBe(exported);
  });

  it('updates only what changed, with a new version and an audit entry, and keeps the status', async () => {
    await t.database.db.update(partnerships).set({ status: 'dormant' }).where(eq(partnerships.key, 'dortmund-cluj-napoca'));
    const before = await state();
    const document = sampleDocument();
    document.organisations[1] = { ...document.organisations[1], website: 'https://www.ubbcluj.ro' } as (typeof document.organisations)[1];
    const res = await admin.post('/api/interchange/import', document);
    expect(res.body.updated).toEqual({ cities: 0, partnerships: 0, organisations: 1, programmes: 0, activities: 0 });
    const after = await state();
    expect(after.audit).toBe(before.audit + 1);
    const version = (s: typeof before, key: string) => s.versions.find((v) => v.key === key)!.v;
    expect(version(after, 'ubb')).toBe(version(before, 'ubb') + 1);
    expect(version(after, 'tu-dortmund')).toBe(version(before, 'tu-dortmund'));
    const [row] = await t.database.db.select({ status: partnerships.status }).from(partnerships).where(eq(partnerships.key, 'dortmund-cluj-napoca'));
    expect(row.status).toBe('dormant');
  });

  it('keeps the concepts an editor confirmed on items that come back unchanged', async () => {
    const tu = (await t.database.db.select({ id: organisations.id }).from(organisations).where(eq(organisations.key, 'tu-dortmund')))[0];
    await t.database.db
      .update(organisationItems)
      .set({ concepts: ['technology-transfer'] })
      .where(eq(organisationItems.organisationId, tu.id));
    const document = sampleDocument();
    const [org] = document.organisations;
    document.organisations[0] = { ...org, offers: [...org.offers!, { category: 'expertise', text: 'A new offer.' }] } as typeof org;
    expect((await admin.post('/api/interchange/import', document)).status).toBe(200);
    const items = await t.database.db
      .select({ text: organisationItems.text, concepts: organisationItems.concepts })
      .from(organisationItems)
      .where(eq(organisationItems.organisationId, tu.id));
    expect(Object.fromEntries(items.map((i) => [i.text, i.concepts]))).toEqual({
      'Logistics research.': ['technology-transfer'],
      'A pilot site for smart-city sensors.': ['technology-transfer'],
      'A new offer.': [],
    });
  });

  describe('round trip into a second database', () => {
    let second: Database;
    afterAll(async () => second?.close());

    it('export -> import into an empty database -> export gives the same document', async () => {
      const res = await admin.get('/api/interchange/export');
      expect(res.status).toBe(200);
      expect(res.headers['content-disposition']).toMatch(/^attachment; filename="pontis-export-\d{4}-\d{2}-\d{2}\.json"/);
      const document = JSON.parse(res.text);
      expect(validateInterchange(document)).toEqual([]);
      expect(document.organisations.map((o: { key: string }) => o.key)).toEqual(['tu-dortmund', 'ubb', 'usamv']);

      second = await createTestDatabase();
      await syncThemes(second.db);
      const ctx = { db: second.db, actor: systemActor('test'), config: t.config };
      const summary = await importInterchange(ctx, document);
      expect(summary.created.organisations).toBe(3);
      expect(await exportInterchange(ctx)).toEqual(document);
    });
  });
});
