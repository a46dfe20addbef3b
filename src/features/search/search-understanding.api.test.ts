import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import demoDocument from '../demo/demo-partnership.json' with { type: 'json' };
import { importInterchange, type InterchangeDocument } from '../interchange/index.ts';

// Issue 14: the queries of the table, signed out, over the demo partnership.
interface Hit {
  type: string;
  organisation: { key: string } | null;
}

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
  await importInterchange(t.ctx(), demoDocument as unknown as InterchangeDocument);
  // One organisation more, whose words the taxonomy has no concept for: a bell foundry, in Romanian.
  await importInterchange(t.ctx(), {
    format: 'pontis-interchange/1',
    // The demo's own record of the city (with its aliases): an import replaces what it names.
    cities: demoDocument.cities.filter((c) => c.key === 'cluj-napoca'),
    organisations: [
      {
        key: 'turnatoria-de-clopote',
        name: 'Turnătoria Someș',
        kind: 'company',
        city: 'cluj-napoca',
        languages: ['ro'],
        description: [{ lang: 'ro', text: 'Turnăm și acordăm clopote pentru bisericile din Transilvania.' }],
      },
    ],
  } as unknown as InterchangeDocument);
});

/** The organisations of the first page (10 rows), in order, each once; and the total. */
async function found(q: string): Promise<{ keys: string[]; total: number }> {
  const res = await t.anonymous().get(`/api/search?q=${encodeURIComponent(q)}&limit=10`);
  expect(res.status).toBe(200);
  const keys = (res.body.items as Hit[]).map((h) => h.organisation?.key).filter((k): k is string => !!k);
  return { keys: [...new Set(keys)], total: res.body.total as number };
}

const smartCity = ['fraunhofer-isst', 'adesso', 'materna', 'klimasensor-dortmund', 'utcn', 'fortech', 'arobs'];

describe('themes are words a query matches, in all four languages', () => {
  it.each(['Landwirtschaft', 'mezőgazdaság', 'agriculture', 'agricultură'])('"%s" finds the agricultural university of Cluj', async (q) => {
    expect((await found(q)).keys).toContain('usamv-cluj');
  });

  it.each(['smart city', 'orașul inteligent', 'okos város', 'Smart City'])('"%s" finds the organisations with the smart city theme', async (q) => {
    const { keys } = await found(q);
    expect(keys.filter((k) => smartCity.includes(k)).length).toBeGreaterThanOrEqual(6);
  });

  it('"Daseinsvorsorge", the Letter of Intent’s word, finds the municipal utility', async () => {
    expect((await found('Daseinsvorsorge')).keys).toContain('dew21');
  });
});

describe('British and American spellings are one word', () => {
  it('"digitalisation" (the app’s spelling) and "digitalization" find the same organisations', async () => {
    const british = await found('digitalisation');
    const american = await found('digitalization');
    expect(british.total).toBeGreaterThan(0);
    expect(british.keys.sort()).toEqual(american.keys.sort());
    expect(british.keys.filter((k) => smartCity.includes(k)).length).toBeGreaterThanOrEqual(6);
  });
});

describe('kinds and types of institution are understood across languages', () => {
  it.each(['Flughafen', 'airport', 'aeroport', 'repülőtér'])('"%s" finds both airports', async (q) => {
    const { keys } = await found(q);
    expect(keys).toEqual(expect.arrayContaining(['dortmund-airport', 'airport-cluj']));
  });

  it('"Klausenburg Universität" finds the universities of Cluj-Napoca, and only those', async () => {
    const { keys } = await found('Klausenburg Universität');
    expect(keys).toEqual(expect.arrayContaining(['ubb', 'utcn', 'usamv-cluj', 'sapientia']));
    expect(keys).not.toContain('tu-dortmund');
  });

  it('"kolozsvári egyetemek" reads the Hungarian adjective of the city', async () => {
    const { keys } = await found('kolozsvári egyetemek');
    expect(keys).toEqual(expect.arrayContaining(['ubb', 'utcn', 'usamv-cluj', 'sapientia']));
    expect(keys).not.toContain('tu-dortmund');
  });

  it('"Uni Klausenburg" and "FH Dortmund": the short forms people type', async () => {
    expect((await found('Uni Klausenburg')).keys).toEqual(expect.arrayContaining(['ubb', 'utcn', 'usamv-cluj', 'sapientia']));
    expect((await found('FH Dortmund')).keys).toContain('fh-dortmund');
  });

  it('words of a query in different languages meet: a kind in one, the topic in another', async () => {
    // A Romanian plural of the kind and a German word for the English text's topic.
    const logistics = await found('universități Logistik');
    expect(logistics.keys).toContain('tu-dortmund');
    // Both words are required: not the logistics institute, which is no university.
    expect(logistics.keys).not.toContain('fraunhofer-iml');
  });

  it('"theatre" and "Theater Klausenburg" find the Hungarian theatre of Cluj', async () => {
    expect((await found('theatre')).keys).toContain('kolozsvari-allami-magyar-szinhaz');
    expect((await found('Theater Klausenburg')).keys).toContain('kolozsvari-allami-magyar-szinhaz');
  });
});

describe('a query naming something the registry holds never comes back empty', () => {
  it('relaxes "all the words" to any of them', async () => {
    const { keys, total } = await found('Flughafen xylofonqwertz');
    expect(total).toBeGreaterThan(0);
    expect(keys).toEqual(expect.arrayContaining(['dortmund-airport', 'airport-cluj']));
  });

  it('compares each word with the names when no word matches as written', async () => {
    expect((await found('Sapientiaa xylofonqwertz')).keys).toContain('sapientia');
  });

  it('still finds nothing for words the registry does not hold', async () => {
    expect((await found('xylofonqwertz')).total).toBe(0);
  });
});

describe('a typo in a word the taxonomy knows is read as that word too', () => {
  it('"universty Cluj" finds the universities of Cluj-Napoca', async () => {
    expect((await found('universty Cluj')).keys).toEqual(expect.arrayContaining(['ubb', 'utcn', 'usamv-cluj', 'sapientia']));
  });

  it('"agricultre" finds the agricultural university, as "agriculture" does', async () => {
    expect((await found('agricultre')).keys).toContain('usamv-cluj');
  });
});

describe('words that mean the same without looking alike meet through the lexicon', () => {
  it.each(['Glocke', 'Kirchenglocken', 'bells', 'harangok'])('"%s" finds the Romanian bell foundry (clopote)', async (q) => {
    expect((await found(q)).keys).toContain('turnatoria-de-clopote');
  });
});
