/**
 * The world of the search API tests (search.api.test.ts, search-people.api.test.ts): four
 * organisations in Dortmund and Cluj-Napoca (with its German and Hungarian names) in de, ro, en
 * and hu, an administrator, and the helpers that read search results over HTTP. Each test file
 * that calls useSearchApiWorld() gets its own app and database.
 */
import { beforeAll, expect } from 'vitest';
import { foldForLookup } from '../../shared/text-normalize.ts';
import { seedCity } from '../../testing/factories.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { cityAliases } from '../cities/cities.table.ts';

export type Client = Awaited<ReturnType<TestApp['signedIn']>>;
export interface Hit {
  type: string;
  id: string;
  title: string;
  organisation: { id: string; key: string; name: string } | null;
  city: { id: string };
  category: string | null;
  lang: string | null;
  themes: string[];
  concepts: string[];
  sdgs: number[];
  highlights: { title: string; body: string };
  matchedConcepts: string[];
  score: number;
}
export interface Bucket {
  value: string;
  label?: string;
  count: number;
}

export interface SearchApiWorld {
  t: TestApp;
  admin: Client;
  dortmundId: string;
  clujId: string;
}

/** The body of POST /api/organisations. */
export const organisationBody = (name: string, kind: string, cityId: string, extra: Record<string, unknown> = {}) => ({ name, kind, cityId, ...extra });

/** Registers the world's set-up (beforeAll) and returns it, filled in once that has run. */
export function useSearchApiWorld(): SearchApiWorld {
  const world = {} as SearchApiWorld;
  beforeAll(async () => {
    const t = (world.t = await createTestApp());
    const db = t.database.db;
    const dortmundId = (world.dortmundId = (await seedCity(db, { key: 'dortmund', name: 'Dortmund', country: 'DE' })).id);
    const clujId = (world.clujId = (await seedCity(db, { key: 'cluj-napoca', name: 'Cluj-Napoca', country: 'RO' })).id);
    await db.insert(cityAliases).values([
      { cityId: clujId, name: 'Klausenburg', lang: 'de', normalized: foldForLookup('Klausenburg') },
      { cityId: clujId, name: 'Kolozsvár', lang: 'hu', normalized: foldForLookup('Kolozsvár') },
    ]);
    const admin = (world.admin = await t.signedIn({ role: 'admin' }));
    const seeds = [
      organisationBody('Technische Universität Dortmund', 'university', dortmundId, {
        description: [{ lang: 'de', text: 'Forschung zu Energienetzen und Logistik im Ruhrgebiet.' }],
        themes: ['energy-climate'],
        offers: [
          {
            category: 'pilot-site',
            lang: 'de',
            title: 'Versuchsfeld',
            text: 'Wir bieten ein Testfeld für Tropfbewässerung auf dem Campus.',
            themes: ['agriculture'],
          },
          { category: 'expertise', lang: 'de', title: 'Fernwärme', text: 'Beratung zur Dekarbonisierung von Wärmenetzen.', themes: ['energy-climate'] },
        ],
        requests: [{ category: 'research', lang: 'en', title: 'Nursing research', text: 'Partners for training nurses and hospital staff.' }],
      }),
      organisationBody('Dortmunder Verkehrsbetriebe', 'public-company', dortmundId, {
        offers: [{ category: 'talent', lang: 'en', title: 'Driver training', text: 'Training for bus drivers.', themes: ['mobility'] }],
      }),
      organisationBody('Universitatea Tehnică din Cluj-Napoca', 'university', clujId, {
        description: [{ lang: 'ro', text: 'Universitate tehnică cu cercetare în agricultură.' }],
        offers: [
          { category: 'pilot-site', lang: 'ro', title: 'Teren pilot', text: 'Oferim teren pilot pentru irigații inteligente.', themes: ['agriculture'] },
          { category: 'expertise', lang: 'ro', text: 'Expertiză în digitalizarea serviciilor publice.', themes: ['digitalisation-smart-city'] },
        ],
      }),
      organisationBody('Kolozsvári Magyar Egyesület', 'ngo', clujId, {
        offers: [
          {
            category: 'knowledge-exchange',
            lang: 'hu',
            title: 'Tapasztalatcsere',
            text: 'Tapasztalatcsere a hulladékgazdálkodásról és az újrahasznosításról.',
          },
        ],
      }),
    ];
    for (const body of seeds) {
      const res = await admin.post('/api/organisations', body);
      if (res.status !== 201) throw new Error(`seed failed: ${res.status} ${JSON.stringify(res.body)}`);
    }
  });
  return world;
}

export type SearchResults = {
  items: Hit[];
  total: number;
  query: { lang: string | null; concepts: string[]; cities: string[] };
  facets: Record<string, Bucket[]>;
};

/** GET /api/search as this client, expecting 200. */
export const findAs = async (client: ReturnType<TestApp['anonymous']>, query: Record<string, string | number>) => {
  const params = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)]));
  const res = await client.get(`/api/search?${params}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as SearchResults;
};
export const counts = (buckets: Bucket[]) => Object.fromEntries(buckets.map((b) => [b.value, b.count]));
