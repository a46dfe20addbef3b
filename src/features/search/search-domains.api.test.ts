import { beforeAll, describe, expect, it } from 'vitest';
import { seedCity } from '../../testing/factories.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';

interface Hit {
  type: string;
  title: string;
  matchedConcepts: string[];
}

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
  const clujId = (await seedCity(t.database.db, { key: 'cluj-napoca', name: 'Cluj-Napoca', country: 'RO' })).id;
  const admin = await t.signedIn({ role: 'admin' });
  const created = await admin.post('/api/organisations', {
    key: 'usamv-cluj',
    name: 'Universitatea de Științe Agricole',
    kind: 'university',
    cityId: clujId,
    offers: [
      { category: 'research', lang: 'ro', title: 'Irigații inteligente', text: 'Oferim cercetare în irigații prin picurare pentru ferme mici.' },
      { category: 'expertise', lang: 'ro', title: 'Transport public', text: 'Experiență în planificarea transportului public urban cu autobuze electrice.' },
    ],
  });
  expect(created.status).toBe(201);
});

const titles = async (q: string) => ((await t.anonymous().get(`/api/search?q=${encodeURIComponent(q)}&type=offer`)).body.items as Hit[]).map((h) => h.title);

describe('search by a word that names a whole domain', () => {
  it('finds the domain’s offers in another language, in each of the four languages', async () => {
    expect(await titles('Landwirtschaft')).toEqual(['Irigații inteligente']);
    expect(await titles('agriculture')).toEqual(['Irigații inteligente']);
    expect(await titles('mezőgazdaság')).toEqual(['Irigații inteligente']);
    expect(await titles('Mobilität')).toEqual(['Transport public']);
    expect(await titles('közlekedés')).toEqual(['Transport public']);
  });

  it('ranks a specific concept word as before: the domain word does not widen it', async () => {
    expect(await titles('Bewässerung')).toEqual(['Irigații inteligente']);
  });
});

describe('a specific concept word beside a domain word', () => {
  it('keeps to the concept: "renewable energy" is not all of energy and climate', async () => {
    const res = await t.anonymous().get(`/api/search?q=${encodeURIComponent('renewable energy')}`);
    expect(res.body.query.concepts.length).toBeGreaterThan(0);
    expect(res.body.query.concepts.length).toBeLessThan(4);
  });
});
