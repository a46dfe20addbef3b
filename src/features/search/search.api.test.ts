import { beforeAll, describe, expect, it } from 'vitest';
import { foldForLookup } from '../../shared/text-normalize.ts';
import { seedCity } from '../../testing/factories.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { cityAliases } from '../cities/cities.table.ts';
import { reindexAll } from './search-index.ts';
import { searchDocuments } from './search.table.ts';

type Client = Awaited<ReturnType<TestApp['signedIn']>>;
interface Hit {
  type: string;
  id: string;
  title: string;
  organisation: { key: string; name: string };
  city: { id: string };
  category: string | null;
  lang: string | null;
  themes: string[];
  highlights: { title: string; body: string };
  matchedConcepts: string[];
  score: number;
}
interface Bucket {
  value: string;
  label?: string;
  count: number;
}

let t: TestApp;
let admin: Client;
let dortmundId: string;
let clujId: string;

const org = (name: string, kind: string, cityId: string, extra: Record<string, unknown> = {}) => ({ name, kind, cityId, ...extra });

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  dortmundId = (await seedCity(db, { key: 'dortmund', name: 'Dortmund', country: 'DE' })).id;
  clujId = (await seedCity(db, { key: 'cluj-napoca', name: 'Cluj-Napoca', country: 'RO' })).id;
  await db.insert(cityAliases).values([
    { cityId: clujId, name: 'Klausenburg', lang: 'de', normalized: foldForLookup('Klausenburg') },
    { cityId: clujId, name: 'Kolozsvár', lang: 'hu', normalized: foldForLookup('Kolozsvár') },
  ]);
  admin = await t.signedIn({ role: 'admin' });
  const seeds = [
    org('Technische Universität Dortmund', 'university', dortmundId, {
      description: [{ lang: 'de', text: 'Forschung zu Energienetzen und Logistik im Ruhrgebiet.' }],
      themes: ['energy-climate'],
      offers: [
        { category: 'pilot-site', lang: 'de', title: 'Versuchsfeld', text: 'Wir bieten ein Testfeld für Tropfbewässerung auf dem Campus.', themes: ['agriculture'] },
        { category: 'expertise', lang: 'de', title: 'Fernwärme', text: 'Beratung zur Dekarbonisierung von Wärmenetzen.', themes: ['energy-climate'] },
      ],
      requests: [{ category: 'research', lang: 'en', title: 'Nursing research', text: 'Partners for training nurses and hospital staff.' }],
    }),
    org('Dortmunder Verkehrsbetriebe', 'public-company', dortmundId, {
      offers: [{ category: 'talent', lang: 'en', title: 'Driver training', text: 'Training for bus drivers.', themes: ['mobility'] }],
    }),
    org('Universitatea Tehnică din Cluj-Napoca', 'university', clujId, {
      description: [{ lang: 'ro', text: 'Universitate tehnică cu cercetare în agricultură.' }],
      offers: [
        { category: 'pilot-site', lang: 'ro', title: 'Teren pilot', text: 'Oferim teren pilot pentru irigații inteligente.', themes: ['agriculture'] },
        { category: 'expertise', lang: 'ro', text: 'Expertiză în digitalizarea serviciilor publice.', themes: ['digitalisation-smart-city'] },
      ],
    }),
    org('Kolozsvári Magyar Egyesület', 'ngo', clujId, {
      offers: [{ category: 'knowledge-exchange', lang: 'hu', title: 'Tapasztalatcsere', text: 'Tapasztalatcsere a hulladékgazdálkodásról és az újrahasznosításról.' }],
    }),
  ];
  for (const body of seeds) {
    const res = await admin.post('/api/organisations', body);
    if (res.status !== 201) throw new Error(`seed failed: ${res.status} ${JSON.stringify(res.body)}`);
  }
});

const find = async (query: Record<string, string | number>) => {
  const params = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)]));
  const res = await t.anonymous().get(`/api/search?${params}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as { items: Hit[]; total: number; query: { lang: string | null; concepts: string[]; cities: string[] }; facets: Record<string, Bucket[]> };
};
const titles = (items: Hit[]) => items.map((h) => h.title || h.organisation.name);

describe('search API: relevance in four languages', () => {
  it('finds German text by another inflection and highlights it', async () => {
    const res = await find({ q: 'Wärmenetze' });
    expect(titles(res.items)[0]).toBe('Fernwärme');
    expect(res.items[0].highlights.body).toContain('<mark>Wärmenetzen</mark>');
  });

  it('finds Romanian text by its stem and without diacritics', async () => {
    const res = await find({ q: 'digitalizare servicii publice' });
    expect(res.items[0].organisation.name).toBe('Universitatea Tehnică din Cluj-Napoca');
    expect(res.items[0].type).toBe('offer');
    const plain = await find({ q: 'expertiza digitalizarea' });
    expect(plain.items[0].highlights.body).toContain('<mark>digitalizarea</mark>');
  });

  it('ranks the English offer with every word first', async () => {
    const res = await find({ q: 'training for nurses' });
    expect(titles(res.items)).toEqual(['Nursing research']);
    expect(titles((await find({ q: 'trainings' })).items).sort()).toEqual(['Driver training', 'Nursing research']);
  });

  it('finds Hungarian text by another inflection', async () => {
    const res = await find({ q: 'hulladékgazdálkodás' });
    expect(titles(res.items)[0]).toBe('Tapasztalatcsere');
  });
});

describe('search API: cities, names and concepts', () => {
  it('reads a city alias in the query as that city', async () => {
    for (const q of ['Klausenburg', 'Kolozsvár']) {
      const res = await find({ q });
      expect(res.query.cities).toEqual([clujId]);
      expect(res.total).toBeGreaterThan(0);
      expect(res.items.every((h) => h.city.id === clujId)).toBe(true);
    }
    const irrigation = await find({ q: 'Klausenburg irigații' });
    expect(irrigation.items.map((h) => h.title)).toEqual(['Teren pilot']);
    const filtered = await find({ city: 'Klausenburg', type: 'organisation' });
    expect(filtered.items.map((h) => h.organisation.name).sort()).toEqual(['Kolozsvári Magyar Egyesület', 'Universitatea Tehnică din Cluj-Napoca']);
  });

  it('tolerates typos in organisation names', async () => {
    const res = await find({ q: 'Technische Universitat Dortmnud' });
    expect(res.items[0]).toMatchObject({ type: 'organisation', organisation: { name: 'Technische Universität Dortmund' } });
    const ro = await find({ q: 'Universitatea Tehnica Cluj' });
    expect(ro.items[0]).toMatchObject({ type: 'organisation', organisation: { name: 'Universitatea Tehnică din Cluj-Napoca' } });
  });

  it('finds a Romanian offer from a German query on the same concepts, and the other way round', async () => {
    const de = await find({ q: 'Tropfbewässerung Testfeld' });
    expect(de.query).toMatchObject({ lang: 'de' });
    expect(de.query.concepts).toEqual(expect.arrayContaining(['irrigation', 'living-labs']));
    const romanian = de.items.find((h) => h.title === 'Teren pilot');
    expect(romanian?.matchedConcepts).toEqual(expect.arrayContaining(['irrigation', 'living-labs']));
    expect(titles(de.items).slice(0, 2).sort()).toEqual(['Teren pilot', 'Versuchsfeld']);

    const ro = await find({ q: 'teren pilot pentru irigații inteligente' });
    expect(ro.query.lang).toBe('ro');
    expect(titles(ro.items)[0]).toBe('Teren pilot');
    expect(titles(ro.items)).toContain('Versuchsfeld');
    expect(titles(ro.items)).not.toContain('Driver training');
  });
});

describe('search API: filters, facets, pagination', () => {
  it('filters by type, kind, category, theme and language and counts the other values', async () => {
    const all = await find({});
    // 4 organisations, 6 offers, 1 request.
    expect(all.total).toBe(11);
    expect(Object.fromEntries(all.facets.type.map((b) => [b.value, b.count]))).toEqual({ organisation: 4, offer: 6, request: 1 });
    expect(all.facets.city).toEqual(expect.arrayContaining([{ value: dortmundId, label: 'Dortmund', count: 6 }, { value: clujId, label: 'Cluj-Napoca', count: 5 }]));

    const offers = await find({ type: 'offer', kind: 'university' });
    expect(offers.total).toBe(4);
    expect(offers.items.every((h) => h.type === 'offer')).toBe(true);
    // The type facet ignores the type filter itself, so the other types stay selectable.
    expect(Object.fromEntries(offers.facets.type.map((b) => [b.value, b.count]))).toEqual({ organisation: 2, offer: 4, request: 1 });
    expect(Object.fromEntries(offers.facets.kind.map((b) => [b.value, b.count]))).toEqual({ university: 4, 'public-company': 1, ngo: 1 });

    expect((await find({ category: 'pilot-site' })).items.map((h) => h.title).sort()).toEqual(['Teren pilot', 'Versuchsfeld']);
    expect((await find({ theme: 'agriculture', lang: 'ro' })).items.map((h) => h.title)).toEqual(['Teren pilot']);
    const ro = await find({ lang: 'ro' });
    expect(ro.items.every((h) => h.lang === 'ro')).toBe(true);
    expect(ro.facets.lang.map((b) => b.value).sort()).toEqual(['de', 'en', 'hu', 'ro']);
    expect(all.facets.theme.find((b) => b.value === 'agriculture')?.count).toBe(2);
  });

  it('pages through results in a stable order', async () => {
    const first = await find({ sort: 'name', limit: 4, offset: 0 });
    const second = await find({ sort: 'name', limit: 4, offset: 4 });
    const all = await find({ sort: 'name', limit: 100 });
    expect(first.items).toHaveLength(4);
    expect(second.total).toBe(all.total);
    expect([...first.items, ...second.items].map((h) => h.id)).toEqual(all.items.slice(0, 8).map((h) => h.id));
    expect((await find({ sort: 'newest', limit: 1 })).items[0].organisation.name).toBe('Kolozsvári Magyar Egyesület');
  });

  it('answers a malformed query with 400 naming the field', async () => {
    for (const [query, path] of [
      ['limit=0', 'querystring.limit'],
      ['type=person', 'querystring.type'],
      ['sort=random', 'querystring.sort'],
      ['lang=deu', 'querystring.lang'],
      ['city=Atlantis', 'city'],
    ]) {
      const res = await t.anonymous().get(`/api/search?${query}`);
      expect(res.status, query).toBe(400);
      expect(res.body.fields.map((f: { path: string }) => f.path)).toContain(path);
    }
    // Query syntax is never an error: operators and punctuation are read as plain text.
    expect((await find({ q: '???' })).total).toBe(0);
    expect(titles((await find({ q: `!(&| 'Wärmenetze" <->` })).items)[0]).toBe('Fernwärme');
  });
});

describe('search API: keeping the index current', () => {
  it('follows edits and deletions, and leaves out items the public may not see', async () => {
    const created = await admin.post('/api/organisations', org('Asociația Apă Curată', 'ngo', clujId, {
      offers: [{ category: 'expertise', lang: 'ro', text: 'Monitorizarea calității apei potabile.' }],
    }));
    expect(created.status).toBe(201);
    expect((await find({ q: 'calitatea apei' })).items.map((h) => h.organisation.name)).toContain('Asociația Apă Curată');

    const editor = await t.signedIn({ role: 'org-editor', organisationId: created.body.id });
    const { id, key: _key, city, offers, requests, version, name, kind, website, languages, description, themes } = created.body;
    const changed = await editor.put(`/api/organisations/${id}`, {
      name, kind, cityId: city.id, website, languages, description, themes, version,
      offers: [...offers.map((o: Record<string, unknown>) => ({ category: o.category, lang: o.lang, title: o.title, text: o.text })), { lang: 'ro', text: 'Cursuri de înot pentru copii.' }],
      requests,
    });
    expect(changed.status, JSON.stringify(changed.body)).toBe(200);
    // An org-editor's new offer waits for review: not searchable yet.
    expect((await find({ q: 'cursuri înot' })).total).toBe(0);

    const doomed = await admin.post('/api/organisations', org('Clubul de Șah Turnul', 'cultural', clujId));
    expect((await find({ q: 'Clubul Sah Turnul' })).items[0]?.organisation.name).toBe('Clubul de Șah Turnul');
    expect((await admin.delete(`/api/organisations/${doomed.body.id}`)).status).toBe(204);
    expect((await find({ q: 'Clubul Sah Turnul' })).total).toBe(0);
  });

  it('rebuilds the whole index', async () => {
    const before = await find({ sort: 'name', limit: 100 });
    await t.database.db.delete(searchDocuments);
    expect((await find({})).total).toBe(0);
    expect(await reindexAll(t.ctx())).toEqual({ organisations: 5 });
    const after = await find({ sort: 'name', limit: 100 });
    expect(after.items.map((h) => [h.type, h.title, h.organisation.key])).toEqual(before.items.map((h) => [h.type, h.title, h.organisation.key]));
  });
});
