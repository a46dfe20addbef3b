import { beforeAll, describe, expect, it } from 'vitest';
import { seedCity } from '../../testing/factories.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { PROPOSALS_PER_MINUTE } from './concept-proposals.service.ts';

type Client = Awaited<ReturnType<TestApp['signedIn']>>;
let t: TestApp;
let member: Client;
let coordinator: Client;
let clujId: string;
let dortmundId: string;

// The done-when: one concept, an offer written in Romanian and a request written in German.
const romanianOffer = 'Oferim sisteme de irigații prin picurare pentru fermierii din zona metropolitană Cluj, cu senzori de umiditate a solului.';
const germanRequest = 'Wir suchen Partner für die Bewässerung von Stadtgrün und Feldern mit Tropfbewässerung und Bodenfeuchtesensoren.';

const keys = (body: { concepts: { key: string }[] }) => body.concepts.map((c) => c.key);

beforeAll(async () => {
  t = await createTestApp();
  clujId = (await seedCity(t.database.db, { key: 'cluj-napoca', name: 'Cluj-Napoca', country: 'RO' })).id;
  dortmundId = (await seedCity(t.database.db, { key: 'dortmund', name: 'Dortmund', country: 'DE' })).id;
  member = await t.signedIn({ role: 'member' });
  coordinator = await t.signedIn({ role: 'coordinator', cityId: clujId });
});

describe('POST /api/tagging/proposals', () => {
  it('proposes the same concept for a Romanian offer and a German request', async () => {
    const ro = await member.post('/api/tagging/proposals', { text: romanianOffer });
    expect(ro.status).toBe(200);
    expect(ro.body.lang).toBe('ro');
    expect(keys(ro.body)).toContain('irrigation');
    const de = await member.post('/api/tagging/proposals', { text: germanRequest, lang: 'de' });
    expect(de.status).toBe(200);
    expect(de.body.lang).toBe('de');
    expect(keys(de.body)).toContain('irrigation');

    const proposal = ro.body.concepts.find((c: { key: string }) => c.key === 'irrigation');
    expect(proposal).toEqual({
      key: 'irrigation',
      domain: 'agriculture-food',
      confidence: expect.any(Number),
      labels: { de: expect.any(String), ro: expect.any(String), en: expect.any(String), hu: expect.any(String) },
    });
    expect(proposal.confidence).toBeGreaterThan(0.5);
    expect(proposal.confidence).toBeLessThanOrEqual(1);
  });

  it('reads a short Romanian offer without declared language as Romanian and proposes its concepts', async () => {
    const res = await member.post('/api/tagging/proposals', { text: 'Producem hidrogen verde din energie solară.' });
    expect(res.status).toBe(200);
    expect(res.body.lang).toBe('ro');
    expect(keys(res.body)).toEqual(expect.arrayContaining(['hydrogen', 'solar-energy']));
  });

  it('proposes nothing for a text without any concept, and reads an empty text as no language', async () => {
    const res = await member.post('/api/tagging/proposals', { text: '' });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ lang: null, concepts: [] });
  });

  it('names the field for a text that is too long or a language it does not know', async () => {
    const res = await member.post('/api/tagging/proposals', { text: 'x'.repeat(20_001), lang: 'fr' });
    expect(res.status).toBe(400);
    expect(res.body.fields.map((f: { path: string }) => f.path).sort()).toEqual(['lang', 'text']);
  });

  it('refuses the anonymous public', async () => {
    const res = await t.anonymous().post('/api/tagging/proposals', { text: romanianOffer });
    expect(res.status).toBe(401);
    expect(res.body.code).toBe('unauthenticated');
  });

  it('limits how often one user asks', async () => {
    const busy = await t.signedIn({ role: 'member' });
    const statuses: number[] = [];
    for (let i = 0; i <= PROPOSALS_PER_MINUTE; i++) statuses.push((await busy.post('/api/tagging/proposals', { text: 'Wasserstoff' })).status);
    // Straddling a minute boundary can only let fewer through, never more.
    expect(statuses.filter((s) => s === 200).length).toBeLessThanOrEqual(PROPOSALS_PER_MINUTE);
    expect(statuses.at(-1)).toBe(429);
    // Another user is not held back by it.
    expect((await member.post('/api/tagging/proposals', { text: 'Wasserstoff' })).status).toBe(200);
  });

  it('lets a search in either language find both the Romanian offer and the German request', async () => {
    const cluj = await coordinator.post('/api/organisations', {
      name: 'Agro Irigații Cluj',
      kind: 'company',
      cityId: clujId,
      offers: [{ lang: 'ro', title: 'Irigații pentru ferme', text: romanianOffer }],
    });
    expect(cluj.status).toBe(201);
    const dortmundCoordinator = await t.signedIn({ role: 'coordinator', cityId: dortmundId });
    const dortmund = await dortmundCoordinator.post('/api/organisations', {
      name: 'Grünflächenamt Dortmund',
      kind: 'public-administration',
      cityId: dortmundId,
      requests: [{ lang: 'de', title: 'Bewässerung', text: germanRequest }],
    });
    expect(dortmund.status).toBe(201);
    for (const q of ['Bewässerung', 'irigații']) {
      const res = await t.anonymous().get(`/api/search?q=${encodeURIComponent(q)}`);
      expect(res.status, `${q}: ${JSON.stringify(res.body).slice(0, 300)}`).toBe(200);
      const ids = res.body.items.map((h: { id: string }) => h.id);
      expect(ids, q).toContain(cluj.body.offers[0].id);
      expect(ids, q).toContain(dortmund.body.requests[0].id);
    }
  });
});
