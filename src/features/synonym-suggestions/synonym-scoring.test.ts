import { describe, expect, it } from 'vitest';
import { liftOf, snippetAround, synonymCandidates, termsOf, type ScoringText } from './synonym-scoring.ts';

const stop = new Set(['und', 'wir', 'für', 'die', 'der', 'sowie']);
const ignorable = (word: string) => stop.has(word);

const text = (organisationId: string, concepts: string[], body: string, lang = 'de'): ScoringText => ({ organisationId, concepts, lang, text: body });

/** Three organisations write "Hospiz" with elderly-care; the others write about other things. */
const registry: ScoringText[] = [
  text('o1', ['elderly-care'], 'Wir begleiten Menschen im Hospiz und sowie die Angehörigen.'),
  text('o2', ['elderly-care'], 'Ehrenamtliche Hospiz-Begleitung für die letzte Lebensphase, sowie Trauercafé.'),
  text('o3', ['elderly-care'], 'Ambulantes Hospiz und Palliativpflege sowie Beratung.'),
  text('o3', ['elderly-care'], 'Unser Hospiz sucht Ehrenamtliche.'),
  text('o4', ['irrigation'], 'Wir bauen Tropfbewässerung für die Landwirtschaft.'),
  text('o5', ['irrigation'], 'Sensoren für die Bewässerung von Feldern und Beratung.'),
  text('o6', ['hydrogen'], 'Elektrolyse und Wasserstoff für Busse.'),
  text('o7', ['hydrogen'], 'Wasserstoff-Tankstellen und Beratung der Kommunen.'),
  text('o8', ['cycling'], 'Radwege und Fahrradparken.'),
];

describe('termsOf', () => {
  it('keeps words and neighbouring pairs, not across punctuation, without ignorable words', () => {
    const terms = termsOf('Das Hospiz-Team, Palliative Care und die KI.', ignorable).map((t) => t.term);
    expect(terms).toEqual(['das', 'hospiz', 'das hospiz', 'team', 'hospiz-team', 'palliative', 'care', 'palliative care']);
  });

  it('unifies the Romanian cedilla letters', () => {
    expect(termsOf('îngrijire paliativă la domiciliu în ţară', () => false).map((t) => t.term)).toContain('țară');
  });
});

describe('snippetAround', () => {
  it('cuts at word boundaries and marks the cuts', () => {
    const long = 'Eins zwei drei vier fünf sechs sieben acht neun zehn Hospiz elf zwölf dreizehn vierzehn fünfzehn sechzehn';
    const at = long.indexOf('Hospiz');
    const snippet = snippetAround(long, at, at + 6, 20);
    expect(snippet).toMatch(/^….*Hospiz.*…$/);
    expect(snippet).not.toMatch(/\s…|…\s/);
  });

  it('leaves a short text whole', () => {
    expect(snippetAround('Unser Hospiz.', 6, 12)).toBe('Unser Hospiz.');
  });
});

describe('liftOf', () => {
  it('is finite when no other text uses the term, and grows with the evidence', () => {
    expect(liftOf(3, 4, 3, 9)).toBeCloseTo(3 / 4 / (0.5 / 6));
    expect(liftOf(4, 4, 4, 40)).toBeGreaterThan(liftOf(3, 4, 3, 9));
  });

  it('stays below 3 without any texts to compare with', () => {
    expect(liftOf(5, 5, 5, 5)).toBe(2);
  });
});

describe('synonymCandidates', () => {
  it('suggests a word three organisations use with the concept, and no ignorable word', () => {
    const found = synonymCandidates(registry, { ignorable });
    const hospiz = found.find((c) => c.conceptKey === 'elderly-care' && c.term === 'hospiz');
    expect(hospiz).toMatchObject({ lang: 'de', support: 3 });
    expect(hospiz!.lift).toBeGreaterThanOrEqual(3);
    expect(hospiz!.examples).toHaveLength(2);
    for (const example of hospiz!.examples) expect(example).toMatch(/Hospiz/);
    expect(found.map((c) => c.term)).not.toContain('sowie');
    expect(found.map((c) => c.term)).not.toContain('und');
  });

  it('needs three organisations: two are one habit too few', () => {
    const found = synonymCandidates(registry, { ignorable });
    // "Ehrenamtliche" occurs with elderly-care in o2 and o3 only.
    expect(found.map((c) => c.term)).not.toContain('ehrenamtliche');
    expect(synonymCandidates(registry, { ignorable, minSupport: 2 }).map((c) => c.term)).toContain('ehrenamtliche');
  });

  it('leaves out a word that is as common without the concept', () => {
    // "Beratung": o3 with elderly-care, o5 and o7 without.
    expect(synonymCandidates(registry, { ignorable, minSupport: 1 }).some((c) => c.conceptKey === 'elderly-care' && c.term === 'beratung')).toBe(false);
  });

  it('leaves out what the caller already knows, before the cap', () => {
    const known = (concept: string, _lang: string, term: string) => concept === 'elderly-care' && term === 'hospiz';
    expect(synonymCandidates(registry, { ignorable, known }).map((c) => c.term)).not.toContain('hospiz');
  });

  it('counts each language on its own', () => {
    const english = registry.map((t) => ({ ...t, lang: t.organisationId === 'o1' ? 'en' : t.lang }));
    // o1 now writes English: two German organisations are left for "Hospiz".
    expect(synonymCandidates(english, { ignorable }).map((c) => c.term)).not.toContain('hospiz');
  });

  it('drops a phrase whose word is suggested on as much support', () => {
    const withPhrase = registry.map((t) => (t.concepts.includes('elderly-care') ? { ...t, text: `${t.text} Hospiz Arbeit.` } : t));
    const terms = synonymCandidates(withPhrase, { ignorable }).map((c) => c.term);
    expect(terms).toContain('hospiz');
    expect(terms).not.toContain('hospiz arbeit');
  });
});
