import { beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../testing/test-app.ts';
import { demoWith, describedOrganisation } from './search-demo-test-world.ts';

// Issue 14: compounds, narrower concepts, Hungarian city endings and organisations like those
// found, signed out, over the demo and a few organisations of our own.
interface Hit {
  organisation: { key: string } | null;
  score: number;
}

let t: TestApp;

const org = (key: string, name: string, city: string, lang: string, text: string, kind = 'ngo') => describedOrganisation(key, name, kind, city, lang, text);

beforeAll(async () => {
  t = await demoWith([
    org(
      'tus-test',
      'TuS Beispielfeld 1921 e. V.',
      'dortmund',
      'de',
      'Breitensportverein im Dortmunder Süden mit Turnen und Leichtathletik; über 20 Jugendmannschaften.',
    ),
    org('notdienst', 'Türöffnung Hörde', 'dortmund', 'de', 'Unser Schlüsseldienst öffnet Türen rund um die Uhr.', 'company'),
    org('papierlager', 'Atelier Brückstraße', 'dortmund', 'de', 'In unserer alten Halle lagert Papier für Künstlerinnen und Künstler.', 'cultural'),
    org(
      'energie-eg',
      'Bürgerwerk Dortmund eG',
      'dortmund',
      'de',
      'Wir bauen und betreiben Photovoltaikanlagen auf Schuldächern, finanziert von Bürgerinnen und Bürgern.',
      'other',
    ),
    org(
      'hk-dortmund',
      'Kammer Dortmund',
      'dortmund',
      'de',
      'Handelskammer der Region: Beratung für kleine und mittlere Unternehmen, Fachkräftesicherung und duale Ausbildung.',
      'other',
    ),
    org(
      'hk-cluj',
      'Camera Cluj',
      'cluj-napoca',
      'de',
      'Handelskammer in Cluj-Napoca: Beratung für kleine und mittlere Unternehmen, Fachkräftesicherung und duale Ausbildung.',
      'other',
    ),
    org(
      'mittelstand-agentur',
      'Mittelstandsbüro Dortmund',
      'dortmund',
      'de',
      'Beratung für kleine und mittlere Unternehmen, Fachkräftesicherung und duale Ausbildung in Dortmund.',
      'public-administration',
    ),
  ]);
});

async function search(q: string): Promise<{ items: Hit[]; related: Hit[]; keys: string[] }> {
  const res = await t.anonymous().get(`/api/search?q=${encodeURIComponent(q)}&limit=20`);
  expect(res.status).toBe(200);
  const keys = (res.body.items as Hit[]).map((h) => h.organisation?.key).filter((k): k is string => !!k);
  return { items: res.body.items as Hit[], related: res.body.related as Hit[], keys: [...new Set(keys)] };
}

describe('German and Hungarian compounds meet their parts', () => {
  // Words no concept or lexicon entry knows: only the compound parts can meet them.
  it('"Dienst" finds the row that writes only "Schlüsseldienst" (its parts are in the index)', async () => {
    expect((await search('Dienst')).keys).toContain('notdienst');
  });

  it('"Papierhalle" finds the row that writes "Halle" and "Papier" apart (the query is read as its parts)', async () => {
    const { items, keys } = await search('Papierhalle');
    expect(keys).toEqual(['papierlager']);
    // Found by the normal plan (both parts, 0.7 and more), not only by the relaxed plan's evidence terms (at most 0.5).
    expect(items[0].score).toBeGreaterThan(0.6);
  });

  it('"Sportverein Jugend" finds the club that writes "Breitensportverein" and "Jugendmannschaften"', async () => {
    expect((await search('Sportverein Jugend')).keys).toContain('tus-test');
  });

  it('"Sportverein" finds it too, below no organisation that has the word itself (none here)', async () => {
    expect((await search('Sportverein')).keys[0]).toBe('tus-test');
  });

  it('"Jugend" finds a row whose word holds it only inside a compound', async () => {
    expect((await search('Jugend')).keys).toContain('tus-test');
  });
});

describe('a compound with a typo in its last part', () => {
  it('"vízszolgátató" (water provider, a letter left out) finds the water utility through its parts', async () => {
    expect((await search('vízszolgátató')).keys).toContain('dew21');
  });
});

describe('a broader concept finds the narrower ones', () => {
  it('"renewable energy" finds the cooperative that writes only of photovoltaics, below the rows with the concept itself', async () => {
    const { items, keys } = await search('renewable energy');
    expect(keys).toContain('energie-eg');
    const own = items.find((h) => h.organisation?.key === 'energie-eg')!;
    expect(items[0].score).toBeGreaterThan(own.score);
  });
});

describe('Hungarian city endings', () => {
  it('"informatikai cégek Kolozsváron" (in Cluj) finds IT firms of Cluj-Napoca and none of Dortmund', async () => {
    const { keys } = await search('informatikai cégek Kolozsváron');
    expect(keys).toContain('fortech');
    expect(keys).not.toContain('adesso');
    expect(keys).not.toContain('materna');
  });
});

describe('related results: organisations like those found', () => {
  it('"Handelskammer" finds the two chambers and relates the office doing the same work without the word', async () => {
    const { keys, related } = await search('Handelskammer');
    expect(keys).toEqual(expect.arrayContaining(['hk-dortmund', 'hk-cluj']));
    expect(keys).not.toContain('mittelstand-agentur');
    expect(related.map((h) => h.organisation?.key)).toContain('mittelstand-agentur');
  });
});
