import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../shared/actor.ts';
import { seedCity, seedOrganisation, seedUser } from '../../testing/factories.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { fundingCalls } from '../calls/calls.table.ts';
import { organisations } from '../organisations/organisations.table.ts';
import { reindexOrganisation } from '../search/search-index.ts';
import { searchDocuments } from '../search/search.table.ts';
import { addConceptSynonym, deleteConceptSynonym } from '../taxonomy/concept-synonyms.service.ts';
import { getTaxonomy, type Taxonomy } from '../taxonomy/taxonomy.ts';
import { syncTaxonomy } from '../taxonomy/taxonomy.service.ts';
import { retagStoredConcepts } from './retag-stored-concepts.ts';

// A word no shipped synonym knows, so only the administrator's synonym can tag it.
const TERM = 'kerbside zorbulation';
const CONCEPT = 'smart-city';
const changedAt = new Date('2026-05-04T10:00:00Z');

let t: TestApp;
let organisationId: string;
let admin: Actor;
let synonymId: string;

const callConcepts = async () => (await t.database.db.select().from(fundingCalls).where(eq(fundingCalls.identifier, 'ZORB-2027-01')))[0];
const organisationConcepts = async () =>
  (
    await t.database.db
      .select({ concepts: searchDocuments.concepts })
      .from(searchDocuments)
      .where(and(eq(searchDocuments.entityType, 'organisation'), eq(searchDocuments.entityId, organisationId)))
  )[0].concepts;

beforeAll(async () => {
  t = await createTestApp();
  const user = await seedUser(t.database.db, { role: 'admin' });
  admin = { kind: 'user', id: user.id, email: user.email, displayName: user.displayName, role: 'admin', cityId: null, organisationId: null };
  const city = await seedCity(t.database.db);
  const org = await seedOrganisation(t.database.db, { cityId: city.id, name: 'Strada Nouă Lab' });
  organisationId = org.id;
  await t.database.db
    .update(organisations)
    .set({ description: [{ lang: 'en', text: `We run ${TERM} pilots in three districts.` }] })
    .where(eq(organisations.id, org.id));
  await reindexOrganisation(t.ctx(), org.id);
  await t.database.db.insert(fundingCalls).values({
    identifier: 'ZORB-2027-01',
    kind: 'grant',
    title: `Pilots of ${TERM} for European towns`,
    summary: 'Towns test new ways of managing their streets.',
    source: 'reference-file',
    contentHash: 'hash-before',
    changedAt,
  });
});

describe('retagStoredConcepts', () => {
  it('does nothing while the synonyms are those the stored concepts were tagged with', async () => {
    expect(await retagStoredConcepts(t.ctx())).toBeNull();
    expect((await callConcepts()).concepts).not.toContain(CONCEPT);
    expect(await organisationConcepts()).not.toContain(CONCEPT);
  });

  it('tags calls and search documents again once after a synonym is added, in one process only', async () => {
    const synonym = await addConceptSynonym(t.ctx(admin), CONCEPT, { lang: 'en', term: TERM });
    synonymId = synonym.id;
    const runs = await Promise.all([retagStoredConcepts(t.ctx()), retagStoredConcepts(t.ctx())]);
    const done = runs.filter((r) => r !== null);
    expect(done).toHaveLength(1);
    expect(done[0]).toMatchObject({ revision: synonym.revision, retaggedCalls: 1 });
    expect(done[0]!.organisations).toBeGreaterThanOrEqual(1);

    const call = await callConcepts();
    expect(call.concepts).toContain(CONCEPT);
    // The portal's content did not change: neither did its hash nor changed_at.
    expect(call).toMatchObject({ contentHash: 'hash-before', changedAt });
    expect(await organisationConcepts()).toContain(CONCEPT);
    expect(await retagStoredConcepts(t.ctx())).toBeNull();
  });

  it('takes a removed synonym away again', async () => {
    await deleteConceptSynonym(t.ctx(admin), synonymId);
    expect(await retagStoredConcepts(t.ctx())).toMatchObject({ retaggedCalls: 1 });
    expect((await callConcepts()).concepts).not.toContain(CONCEPT);
    expect(await organisationConcepts()).not.toContain(CONCEPT);
  });

  it('runs again after an upgrade ships a different taxonomy, not when the same one is synced', async () => {
    await syncTaxonomy(t.database.db);
    expect(await retagStoredConcepts(t.ctx())).toBeNull();
    const shipped = getTaxonomy();
    const upgraded = {
      version: shipped.version,
      domains: shipped.domains,
      concepts: shipped.concepts.map((c) => (c.key === CONCEPT ? { ...c, synonyms: { ...c.synonyms, en: [...c.synonyms.en, 'upgrade term'] } } : c)),
    } as unknown as Taxonomy;
    await syncTaxonomy(t.database.db, upgraded);
    expect(await retagStoredConcepts(t.ctx())).not.toBeNull();
    // Back to the file's taxonomy: a change again.
    await syncTaxonomy(t.database.db);
    expect(await retagStoredConcepts(t.ctx())).not.toBeNull();
    expect(await retagStoredConcepts(t.ctx())).toBeNull();
  });
});
