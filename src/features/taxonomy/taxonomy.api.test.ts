import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedCity } from '../../testing/factories.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { listAuditEvents } from '../audit/audit.service.ts';
import { getTaxonomy } from './taxonomy.ts';
import { syncTaxonomy } from './taxonomy.service.ts';
import { conceptSynonyms, taxonomyConcepts, taxonomyDomains, taxonomyRevision } from './taxonomy.table.ts';

type Client = Awaited<ReturnType<TestApp['signedIn']>>;
let t: TestApp;
let admin: Client;
let member: Client;
let coordinator: Client;

// Romanian for sprinklers: not a term of the shipped taxonomy, so nothing is proposed for it yet.
const sprinklerOffer = 'Oferim aspersoare pentru câmpuri.';
const proposedKeys = async (text: string) =>
  ((await member.post('/api/tagging/proposals', { text, lang: 'ro' })).body.concepts as { key: string }[]).map((c) => c.key);
const revision = async () => Number((await t.database.db.select().from(taxonomyRevision))[0].revision);
const paths = (body: { fields: { path: string }[] }) => body.fields.map((f) => f.path).sort();

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.signedIn({ role: 'admin' });
  member = await t.signedIn({ role: 'member' });
  coordinator = await t.signedIn({ role: 'coordinator', cityId: (await seedCity(t.database.db)).id });
});

describe('syncTaxonomy', () => {
  it('writes the shipped data idempotently, repairs changed rows and keeps retired concepts', async () => {
    const db = t.database.db;
    await syncTaxonomy(db);
    await db
      .update(taxonomyConcepts)
      .set({ labels: { de: 'alt', ro: 'vechi', en: 'old', hu: 'régi' }, sdgs: [1], sortOrder: 9999 })
      .where(eq(taxonomyConcepts.key, 'irrigation'));
    await db.insert(taxonomyConcepts).values({
      key: 'retired-concept',
      domain: 'water-environment',
      labels: { de: 'A', ro: 'A', en: 'A', hu: 'A' },
      definitions: { de: 'A', ro: 'A', en: 'A', hu: 'A' },
      synonyms: { de: [], ro: [], en: [], hu: [] },
      taxonomyVersion: 0,
    });
    expect(await syncTaxonomy(db)).toEqual({ domains: getTaxonomy().domains.length, concepts: getTaxonomy().concepts.length });

    const irrigation = (await db.select().from(taxonomyConcepts).where(eq(taxonomyConcepts.key, 'irrigation')))[0];
    const shipped = getTaxonomy().concept('irrigation')!;
    expect(irrigation).toMatchObject({
      labels: shipped.labels,
      definitions: shipped.definitions,
      synonyms: shipped.synonyms,
      sdgs: shipped.sdgs,
      taxonomyVersion: 1,
    });
    expect(await db.select().from(taxonomyDomains)).toHaveLength(getTaxonomy().domains.length);
    // A concept that left the data stays: confirmed tags and added synonyms may refer to it.
    expect((await db.select().from(taxonomyConcepts)).length).toBe(getTaxonomy().concepts.length + 1);
    await db.delete(taxonomyConcepts).where(eq(taxonomyConcepts.key, 'retired-concept'));
  });

  it('leaves rows already as shipped untouched (each start syncs)', async () => {
    const db = t.database.db;
    await syncTaxonomy(db);
    // xmin is the transaction that wrote a row's current version: unchanged means not rewritten.
    const versions = async () =>
      (
        (await db.execute(
          sql`SELECT key, xmin::text AS written FROM taxonomy_concepts UNION ALL SELECT key, xmin::text FROM taxonomy_domains ORDER BY 1`,
        )) as unknown as { rows: unknown[] }
      ).rows;
    const before = await versions();
    await syncTaxonomy(db);
    expect(await versions()).toEqual(before);
  });
});

describe('GET /api/taxonomy', () => {
  it('shows domains, concepts and the 17 goals to the public in all four languages', async () => {
    const res = await t.anonymous().get('/api/taxonomy');
    expect(res.status).toBe(200);
    expect(res.body.version).toBe(1);
    expect(res.body.revision).toBe(await revision());
    expect(res.body.domains.map((d: { key: string }) => d.key)).toEqual(getTaxonomy().domains.map((d) => d.key));
    expect(res.body.concepts.map((c: { key: string }) => c.key)).toEqual(getTaxonomy().concepts.map((c) => c.key));
    const shipped = getTaxonomy().concept('hydrogen')!;
    expect(res.body.concepts.find((c: { key: string }) => c.key === 'hydrogen')).toEqual({
      key: 'hydrogen',
      domain: shipped.domain,
      labels: shipped.labels,
      definitions: shipped.definitions,
      synonyms: shipped.synonyms,
      addedSynonyms: [],
      sdgs: shipped.sdgs,
    });
    expect(res.body.sdgGoals).toHaveLength(17);
    expect(res.body.sdgGoals[5]).toEqual({
      goal: 6,
      names: { de: expect.any(String), ro: expect.any(String), en: 'Clean water and sanitation', hu: expect.any(String) },
    });
  });
});

describe('synonyms added by administrators', () => {
  let addedId: string;

  it('lets an admin add a synonym that proposals use at once and the taxonomy lists', async () => {
    expect(await proposedKeys(sprinklerOffer)).not.toContain('irrigation');
    const before = await revision();

    const res = await admin.post('/api/taxonomy/concepts/irrigation/synonyms', { lang: 'ro', term: '  aspersoare ' });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ id: expect.any(String), conceptKey: 'irrigation', lang: 'ro', term: 'aspersoare', revision: before + 1 });
    addedId = res.body.id;

    // No reindexing needed: the tagger is rebuilt when the revision changes.
    expect(await proposedKeys(sprinklerOffer)).toContain('irrigation');
    const listed = (await t.anonymous().get('/api/taxonomy')).body;
    expect(listed.revision).toBe(before + 1);
    expect(listed.concepts.find((c: { key: string }) => c.key === 'irrigation').addedSynonyms).toEqual([{ id: addedId, lang: 'ro', term: 'aspersoare' }]);

    const audit = await listAuditEvents(t.ctx(), 'concept-synonym', addedId);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'create', actorUserId: admin.userId, after: { conceptKey: 'irrigation', lang: 'ro', term: 'aspersoare' } });
  });

  it('refuses the same spelling again, whatever its case and accents, and a term the taxonomy ships', async () => {
    const again = await admin.post('/api/taxonomy/concepts/irrigation/synonyms', { lang: 'ro', term: 'ASPERSOARE' });
    expect(again.status).toBe(409);
    expect(paths(again.body)).toEqual(['term']);
    const shipped = await admin.post('/api/taxonomy/concepts/irrigation/synonyms', { lang: 'de', term: 'tropfbewasserung' });
    expect(shipped.status).toBe(409);
    expect(paths(shipped.body)).toEqual(['term']);
    expect(shipped.body.message).toContain('already a term of this concept');
    // The same spelling in another language, or for another concept, is a different synonym.
    const otherLang = await admin.post('/api/taxonomy/concepts/irrigation/synonyms', { lang: 'hu', term: 'aspersoare' });
    expect(otherLang.status).toBe(201);
    expect((await admin.delete(`/api/taxonomy/synonyms/${otherLang.body.id}`)).status).toBe(204);
  });

  it('names the field that is wrong', async () => {
    const short = await admin.post('/api/taxonomy/concepts/irrigation/synonyms', { lang: 'fr', term: ' a ' });
    expect(short.status).toBe(400);
    expect(paths(short.body)).toEqual(['lang', 'term']);
    const long = await admin.post('/api/taxonomy/concepts/irrigation/synonyms', { lang: 'de', term: 'x'.repeat(101) });
    expect(paths(long.body)).toEqual(['term']);
    const symbols = await admin.post('/api/taxonomy/concepts/irrigation/synonyms', { lang: 'de', term: '---' });
    expect(paths(symbols.body)).toEqual(['term']);
    const unknown = await admin.post('/api/taxonomy/concepts/no-such-concept/synonyms', { lang: 'de', term: 'Beregnungsanlage' });
    expect(unknown.status).toBe(404);
  });

  it('refuses everyone but administrators', async () => {
    for (const client of [member, coordinator]) {
      const add = await client.post('/api/taxonomy/concepts/irrigation/synonyms', { lang: 'de', term: 'Gießwagen' });
      expect(add.status).toBe(403);
      expect((await client.delete(`/api/taxonomy/synonyms/${addedId}`)).status).toBe(403);
    }
    expect((await t.anonymous().post('/api/taxonomy/concepts/irrigation/synonyms', { lang: 'de', term: 'Gießwagen' })).status).toBe(401);
    expect((await t.anonymous().delete(`/api/taxonomy/synonyms/${addedId}`)).status).toBe(401);
    expect(await t.database.db.select().from(conceptSynonyms)).toHaveLength(1);
  });

  it('picks up a synonym another server process added, by the revision alone', async () => {
    const text = 'Cercetăm electrolizoare pentru autobuze.';
    expect(await proposedKeys(text)).not.toContain('hydrogen');
    // What another process does: insert and bump in one transaction; this process has no news of it.
    await t.database.db.transaction(async (tx) => {
      await tx.insert(conceptSynonyms).values({ conceptKey: 'hydrogen', lang: 'ro', term: 'electrolizoare', termFolded: 'electrolizoare' });
      await tx.update(taxonomyRevision).set({ revision: sql`${taxonomyRevision.revision} + 1` });
    });
    expect(await proposedKeys(text)).toContain('hydrogen');
    await t.database.db.transaction(async (tx) => {
      await tx.delete(conceptSynonyms).where(eq(conceptSynonyms.conceptKey, 'hydrogen'));
      await tx.update(taxonomyRevision).set({ revision: sql`${taxonomyRevision.revision} + 1` });
    });
    expect(await proposedKeys(text)).not.toContain('hydrogen');
  });

  it('lets an admin delete an added synonym, after which proposals no longer use it', async () => {
    const before = await revision();
    const res = await admin.delete(`/api/taxonomy/synonyms/${addedId}`);
    expect(res.status).toBe(204);
    expect(await revision()).toBe(before + 1);
    expect(await proposedKeys(sprinklerOffer)).not.toContain('irrigation');
    expect((await admin.delete(`/api/taxonomy/synonyms/${addedId}`)).status).toBe(404);
    const audit = await listAuditEvents(t.ctx(), 'concept-synonym', addedId);
    expect(audit.map((a) => a.action)).toEqual(['delete', 'create']);
  });
});
