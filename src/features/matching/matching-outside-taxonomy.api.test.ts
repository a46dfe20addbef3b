import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { importInterchange } from '../interchange/index.ts';

// Issue 14 over HTTP: organisations whose texts the taxonomy does not cover still get suggestions,
// a provider ranks above a partner-city organisation that seeks the same, the evidence says how
// strong it is, and an organisation whose words meet nobody gets weak suggestions, not none.

const org = (key: string, city: string, kind: string, lang: string, description: string, offers: string[] = [], requests: string[] = []) => ({
  key,
  name: key,
  kind,
  city,
  languages: [lang],
  description: [{ lang, text: description }],
  offers: offers.map((text) => ({ category: 'expertise', lang, title: text.split(':')[0], text })),
  requests: requests.map((text) => ({ category: 'expertise', lang, title: text.split(':')[0], text })),
});

const world = {
  format: 'pontis-interchange/1' as const,
  cities: [
    { key: 'dortmund', name: 'Dortmund', country: 'DE' },
    { key: 'cluj-napoca', name: 'Cluj-Napoca', country: 'RO' },
  ],
  partnerships: [{ key: 'dortmund-cluj', cities: ['dortmund', 'cluj-napoca'], kind: 'project-partnership' as const }],
  organisations: [
    org(
      'vermessung-do',
      'dortmund',
      'company',
      'de',
      'Ingenieurbüro für Bauwerksprüfung.',
      [],
      ['LiDAR-Scans: Wir suchen Erfahrung mit LiDAR-Scans von Brücken und Photogrammetrie.'],
    ),
    org('scan-cluj', 'cluj-napoca', 'company', 'ro', 'Firmă de inginerie.', ['Scanare LiDAR: Oferim scanare LiDAR și fotogrammetrie pentru poduri.']),
    org('peer-cluj', 'cluj-napoca', 'company', 'ro', 'Administrator de drumuri.', [], ['Scanare LiDAR: Căutăm scanare LiDAR și fotogrammetrie pentru poduri.']),
    org(
      'glocken-do',
      'dortmund',
      'ngo',
      'de',
      'Förderverein einer Dorfkirche.',
      [],
      ['Glocken: Wir suchen eine Gießerei, die unsere historischen Kirchenglocken neu stimmt.'],
    ),
    org('clopote-cluj', 'cluj-napoca', 'company', 'ro', 'Turnătorie.', ['Clopote: Turnăm și acordăm clopote pentru biserici.']),
    org('alone-do', 'dortmund', 'ngo', 'de', 'Wir sind ein kleiner Verein.'),
    org('ngo-cluj', 'cluj-napoca', 'ngo', 'ro', 'Asociație de voluntari.'),
  ],
};

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
  await importInterchange(t.ctx(), world);
  // Every organisation stands in the test; nothing here depends on the demo.
  const [{ n }] = ((await t.database.db.execute(sql`SELECT count(*)::int AS n FROM organisations`)) as unknown as { rows: { n: number }[] }).rows;
  expect(n).toBe(7);
});

describe('matching outside the taxonomy (issue 14)', () => {
  it('finds the provider through shared words, above the one who seeks the same, and names the words', async () => {
    const member = await t.signedIn({ role: 'member' });
    const res = await member.get('/api/organisations/vermessung-do/matches?lang=en');
    expect(res.status).toBe(200);
    const keys = res.body.items.map((m: any) => m.organisation.key);
    expect(keys.slice(0, 2)).toEqual(['scan-cluj', 'peer-cluj']);
    const [provider, peer] = res.body.items;
    expect(provider.evidence).not.toBe('weak');
    expect(provider.reasons[0].code).toBe('they-offer-what-you-seek');
    expect(provider.reasons[0].text).toContain('LiDAR');
    expect(peer.reasons.map((r: any) => r.code)).toContain('seek-the-same');
    expect(peer.reasons.find((r: any) => r.code === 'seek-the-same').text).toMatch(/a peer for a joint application, not a provider/);
    expect(provider.score).toBeGreaterThan(peer.score);
  });

  it('finds the provider through words that mean the same without looking alike (Glocken, clopote), and names them', async () => {
    const member = await t.signedIn({ role: 'member' });
    const res = await member.get('/api/organisations/glocken-do/matches?lang=de');
    expect(res.status).toBe(200);
    const [first] = res.body.items;
    expect(first.organisation.key).toBe('clopote-cluj');
    expect(first.evidence).toBe('some');
    expect(first.reasons[0].code).toBe('they-offer-what-you-seek');
    expect(first.reasons[0].text).toMatch(/Glocken/);
  });

  it('gives an organisation whose words meet nobody weak suggestions of fitting kinds, never an empty page', async () => {
    const member = await t.signedIn({ role: 'member' });
    const res = await member.get('/api/organisations/alone-do/matches?lang=de');
    expect(res.status).toBe(200);
    expect(res.body.items.length).toBeGreaterThan(0);
    expect(res.body.items[0].organisation.key).toBe('ngo-cluj');
    for (const m of res.body.items) expect(m.evidence).toBe('weak');
    for (const m of res.body.items) expect(m.organisation.city.key).toBe('cluj-napoca');
  });
});
