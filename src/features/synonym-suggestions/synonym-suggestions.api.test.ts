import { beforeAll, describe, expect, it } from 'vitest';
import { seedCity, seedOrganisation } from '../../testing/factories.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { organisationItems, organisations } from '../organisations/organisations.table.ts';
import { eq } from 'drizzle-orm';
import type { SynonymSuggestionView } from './synonym-suggestions.schemas.ts';

// A small registry: four organisations confirmed elderly-care for offers that say "Erzählcafé" (no
// term of the taxonomy), "Senioren" (a synonym the tagger knows) and "sowie"/"durch" (words every
// German text uses); the others write about irrigation, hydrogen and cycling. A draft with
// "Mittagstisch" in each of the four is not published, nor is an offer of "Tanztee" that has
// expired: they must teach nothing.

type Client = Awaited<ReturnType<TestApp['signedIn']>>;
let t: TestApp;
let admin: Client;
let coordinator: Client;
let member: Client;

const elderly = [
  'Unser Erzählcafé bringt Senioren zusammen, sowie ihre Angehörigen, begleitet durch Ehrenamtliche.',
  'Ein Erzählcafé im Stadtteil: Begleitung von Senioren sowie Beratung durch Fachkräfte.',
  'Wir suchen Partner für ein Erzählcafé mit Tagespflege, sowie Austausch durch Hospitationen.',
  'Ehrenamtliche laden Senioren ins Erzählcafé ein, sowie zu Ausflügen durch die Region.',
];
const others: [string, string][] = [
  ['irrigation', 'Tropfbewässerung für Gemüsebau und Obstplantagen mit Bodenfeuchtesensoren.'],
  ['irrigation', 'Bewässerung von Stadtbäumen mit Regenwasser aus Zisternen.'],
  ['irrigation', 'Smarte Bewässerung für Felder, gesteuert über LoRaWAN.'],
  ['hydrogen', 'Grüner Wasserstoff aus Elektrolyse für Stadtbusse.'],
  ['hydrogen', 'Wasserstoff-Tankstellen für kommunale Fahrzeuge.'],
  ['hydrogen', 'Brennstoffzellen und Wasserstoffspeicher im Quartier.'],
  ['cycling', 'Radschnellwege und sichere Abstellanlagen für Fahrräder.'],
  ['cycling', 'Lastenräder für Handwerksbetriebe im Verleih.'],
  ['cycling', 'Fahrradstraßen und Radverkehrsplanung in Wohnvierteln.'],
];

const suggestionsOf = (body: { suggestions: SynonymSuggestionView[] }, concept: string) =>
  body.suggestions.filter((s) => s.conceptKey === concept).map((s) => s.term);

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const city = await seedCity(db);
  admin = await t.signedIn({ role: 'admin' });
  coordinator = await t.signedIn({ role: 'coordinator', cityId: city.id });
  member = await t.signedIn({ role: 'member', cityId: city.id });
  const offer = async (
    organisationId: string,
    position: number,
    text: string,
    concepts: string[],
    status: 'approved' | 'draft' = 'approved',
    validUntil?: string,
  ) => db.insert(organisationItems).values({ organisationId, direction: 'offer', position, lang: 'de', text, concepts, status, validUntil });
  for (const [i, text] of elderly.entries()) {
    const org = await seedOrganisation(db, { cityId: city.id, name: `Pflege ${i}` });
    await offer(org.id, 0, text, ['elderly-care']);
    await offer(org.id, 1, 'Mittagstisch für Angehörige, offen jeden Donnerstag.', ['elderly-care'], 'draft');
    await offer(org.id, 2, 'Tanztee für Senioren im Gemeindesaal.', ['elderly-care'], 'approved', '2020-12-31');
  }
  for (const [i, [concept, text]] of others.entries()) {
    const org = await seedOrganisation(db, { cityId: city.id, name: `Andere ${i}` });
    await offer(org.id, 0, text, [concept]);
  }
  // A description counts as a text of the organisation, with the organisation's confirmed concepts.
  const described = await seedOrganisation(db, { cityId: city.id, name: 'Quartiersrad' });
  await db
    .update(organisations)
    .set({ concepts: ['cycling'], description: [{ lang: 'de', text: 'Wir verleihen Lastenräder und planen Radwege durch das Viertel.' }] })
    .where(eq(organisations.id, described.id));
});

describe('GET /api/taxonomy/synonym-suggestions', () => {
  it('suggests the word four organisations use with the concept, not a stop word nor a known synonym', async () => {
    // The premise: the tagger does not know the word yet (a taxonomy change that adds it fails here, not below).
    expect((await member.post('/api/tagging/proposals', { text: 'Erzählcafé', lang: 'de' })).body.concepts).toEqual([]);
    const res = await coordinator.get('/api/taxonomy/synonym-suggestions?lang=de');
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.textsRead).toBe(elderly.length + others.length + 1);
    const cafe = res.body.suggestions.find((s: SynonymSuggestionView) => s.conceptKey === 'elderly-care' && s.term === 'erzählcafé');
    expect(cafe).toMatchObject({ lang: 'de', support: 4 });
    expect(cafe.lift).toBeGreaterThanOrEqual(3);
    expect(cafe.examples).toHaveLength(2);
    for (const example of cafe.examples) expect(example).toMatch(/Erzählcafé/);
    const terms = suggestionsOf(res.body, 'elderly-care');
    expect(terms).not.toContain('sowie');
    expect(terms).not.toContain('durch');
    expect(terms).not.toContain('senioren');
    // Drafts and expired offers are not public: they teach nothing.
    expect(terms).not.toContain('mittagstisch');
    expect(terms).not.toContain('tanztee');
  });

  it('filters by concept and language', async () => {
    const hydrogen = await admin.get('/api/taxonomy/synonym-suggestions?concept=hydrogen');
    expect(hydrogen.status).toBe(200);
    expect(hydrogen.body.suggestions.every((s: SynonymSuggestionView) => s.conceptKey === 'hydrogen')).toBe(true);
    const romanian = await admin.get('/api/taxonomy/synonym-suggestions?lang=ro');
    expect(romanian.body.suggestions).toEqual([]);
  });

  it('stops suggesting a word once an administrator adds it as a synonym', async () => {
    const added = await admin.post('/api/taxonomy/concepts/elderly-care/synonyms', { lang: 'de', term: 'Erzählcafé' });
    expect(added.status, JSON.stringify(added.body)).toBe(201);
    const res = await admin.get('/api/taxonomy/synonym-suggestions?lang=de&concept=elderly-care');
    expect(suggestionsOf(res.body, 'elderly-care')).not.toContain('erzählcafé');
    await admin.delete(`/api/taxonomy/synonyms/${added.body.id}`);
  });

  it('refuses the public (401) and members (403)', async () => {
    const anonymous = await t.anonymous().get('/api/taxonomy/synonym-suggestions');
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.code).toBe('unauthenticated');
    const refused = await member.get('/api/taxonomy/synonym-suggestions');
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('forbidden');
  });

  it('answers an unknown language with 400 naming the field', async () => {
    const res = await admin.get('/api/taxonomy/synonym-suggestions?lang=fr');
    expect(res.status).toBe(400);
    expect(res.body.fields.map((f: { path: string }) => f.path)).toEqual(['querystring.lang']);
  });
});
