import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedCity } from '../../testing/factories.ts';
import type { TestApp } from '../../testing/test-app.ts';
import { organisations } from '../organisations/organisations.table.ts';
import { partnershipCities, partnerships } from '../partnerships/partnerships.table.ts';
import { counts, findAs, useSearchApiWorld, type Hit } from './search-api-test-world.ts';

// People in search: found only where their consent lets the reader see them (person-visibility.ts).
const world = useSearchApiWorld();
const find = (query: Record<string, string | number>) => findAs(world.t.anonymous(), query);

describe('search API: people, only where their consent allows', () => {
  const ids = { hidden: '', partners: '', public: '', loner: '' };
  const readers: Record<string, ReturnType<TestApp['anonymous']>> = {};
  let utcnId: string;

  beforeAll(async () => {
    const db = world.t.database.db;
    const lyon = await seedCity(db, { key: 'lyon', name: 'Lyon', country: 'FR' });
    const [withCluj, withLyon] = await db
      .insert(partnerships)
      .values([
        { key: 'dortmund-cluj', name: 'Dortmund – Cluj-Napoca', kind: 'project-partnership', status: 'agreement-signed' },
        { key: 'dortmund-lyon', name: 'Dortmund – Lyon', kind: 'friendship', status: 'active' },
      ])
      .returning();
    await db.insert(partnershipCities).values([
      { partnershipId: withCluj.id, cityId: world.dortmundId, position: 0 },
      { partnershipId: withCluj.id, cityId: world.clujId, position: 1 },
      { partnershipId: withLyon.id, cityId: world.dortmundId, position: 0 },
      { partnershipId: withLyon.id, cityId: lyon.id, position: 1 },
    ]);
    [{ id: utcnId }] = await db.select({ id: organisations.id }).from(organisations).where(eq(organisations.name, 'Universitatea Tehnică din Cluj-Napoca'));
    const person = (name: string, consent: { visibleToPartners?: boolean; visibleToPublic?: boolean }, organisationId: string | null = utcnId) => ({
      name,
      cityId: world.clujId,
      organisationId,
      roleTitle: 'Coordonator proiecte irigații',
      email: 'secret@example.ro',
      ...consent,
    });
    for (const [key, body] of [
      ['hidden', person('Ioana Ascunsă', {})],
      ['partners', person('Andrei Partenerul', { visibleToPartners: true })],
      ['public', person('Maria Publicescu', { visibleToPublic: true, visibleToPartners: true })],
      ['loner', person('Vasile Singuratic', { visibleToPublic: true }, null)],
    ] as const) {
      const res = await world.admin.post('/api/people', body);
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      ids[key] = res.body.id;
    }
    readers.anonymous = world.t.anonymous();
    readers.admin = world.admin;
    readers.clujCoordinator = await world.t.signedIn({ role: 'coordinator', cityId: world.clujId });
    readers.orgEditor = await world.t.signedIn({ role: 'org-editor', organisationId: utcnId });
    readers.clujMember = await world.t.signedIn({ role: 'member', cityId: world.clujId });
    readers.partnerMember = await world.t.signedIn({ role: 'member', cityId: world.dortmundId });
    readers.nonPartnerMember = await world.t.signedIn({ role: 'member', cityId: lyon.id });
  });

  // The same matrix as person-visibility.api.test.ts decides for the people API.
  const expected: Record<string, (keyof typeof ids)[]> = {
    anonymous: ['loner', 'public'],
    admin: ['hidden', 'loner', 'partners', 'public'],
    clujCoordinator: ['hidden', 'loner', 'partners', 'public'],
    orgEditor: ['hidden', 'loner', 'partners', 'public'],
    clujMember: ['loner', 'public'],
    partnerMember: ['loner', 'partners', 'public'],
    nonPartnerMember: ['loner', 'public'],
  };
  for (const [reader, visible] of Object.entries(expected)) {
    it(`${reader} finds ${visible.join(', ')} and no one else`, async () => {
      const found = await findAs(readers[reader], { type: 'person', limit: 100 });
      const want = visible.map((k) => ids[k]).sort();
      expect(found.items.map((h) => h.id).sort()).toEqual(want);
      expect(found.total).toBe(want.length);
      expect(counts(found.facets.type).person).toBe(want.length);
      // By name too: a hidden person is never found, not even by an exact name.
      const byName = await findAs(readers[reader], { q: 'Ioana Ascunsă' });
      expect(byName.items.some((h) => h.id === ids.hidden)).toBe(visible.includes('hidden'));
      expect(byName.total).toBe(visible.includes('hidden') ? byName.total : byName.items.filter((h) => h.type !== 'person').length);
    });
  }

  // Related results (search-related.ts) read people through the same visibility condition.
  const relatedQueries = ['Singuratic coordonator', 'Publicescu coordonator', 'Ascunsă coordonator'];
  it('never shows a person among related results whom the reader may not see', async () => {
    let peopleInRelated = 0;
    for (const [reader, visible] of Object.entries(expected)) {
      const allowed = new Set(visible.map((k) => ids[k]));
      for (const q of relatedQueries) {
        const res = await readers[reader].get(`/api/search?q=${encodeURIComponent(q)}&limit=100`);
        expect(res.status).toBe(200);
        const people = [...res.body.items, ...res.body.related].filter((h: Hit) => h.type === 'person');
        for (const hit of people) expect(allowed.has(hit.id), `${reader}, "${q}": ${hit.title}`).toBe(true);
        peopleInRelated += (res.body.related as Hit[]).filter((h) => h.type === 'person').length;
      }
    }
    // The property is exercised: related results do hold people.
    expect(peopleInRelated).toBeGreaterThan(0);
  });

  it('returns a person hit with title, highlights, organisation or none, and no contacts', async () => {
    const res = await find({ q: 'Maria Publicescu' });
    const hit = res.items[0] as Hit & Record<string, unknown>;
    expect(hit).toMatchObject({ type: 'person', id: ids.public, title: 'Maria Publicescu', organisation: { id: utcnId }, city: { id: world.clujId } });
    expect(hit.highlights.title).toContain('<mark>Maria</mark>');
    expect(JSON.stringify(hit)).not.toContain('secret@example.ro');
    const loner = await find({ q: 'Vasile Singuratic' });
    expect(loner.items[0]).toMatchObject({ type: 'person', id: ids.loner, organisation: null, kind: null });
    // A typo in a person's name.
    expect((await find({ q: 'Maria Publicsecu' })).items[0]?.id).toBe(ids.public);
  });

  it('follows consent changes and deletion in the same write', async () => {
    const current = await world.admin.get(`/api/people/${ids.hidden}`);
    const { id: _id, organisation, city, canEdit: _c, updatedAt: _u, ...rest } = current.body;
    const body = { ...rest, cityId: city.id, organisationId: organisation.id };
    const opened = await world.admin.put(`/api/people/${ids.hidden}`, { ...body, visibleToPublic: true });
    expect(opened.status, JSON.stringify(opened.body)).toBe(200);
    expect((await find({ q: 'Ioana Ascunsă' })).items[0]?.id).toBe(ids.hidden);
    const closed = await world.admin.put(`/api/people/${ids.hidden}`, { ...body, version: opened.body.version, visibleToPublic: false });
    expect(closed.status).toBe(200);
    expect((await find({ type: 'person', q: 'Ioana Ascunsă' })).total).toBe(0);
    expect((await world.admin.delete(`/api/people/${ids.loner}`)).status).toBe(204);
    expect((await findAs(world.admin, { type: 'person', q: 'Vasile Singuratic' })).total).toBe(0);
  });
});
