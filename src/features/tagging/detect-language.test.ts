import { describe, expect, it } from 'vitest';
import { detectableLanguages, detectLanguage, estimateLanguages } from './detect-language.ts';

describe('detectLanguage', () => {
  it.each([
    ['de', 'Die Stadt sucht Partner für ein Projekt zur Digitalisierung der Verwaltung und möchte Erfahrungen austauschen.'],
    ['de', 'Wir suchen Partner'],
    ['ro', 'Primăria caută parteneri pentru un proiect de digitalizare a administrației și dorește un schimb de experiență.'],
    ['ro', 'Cautam parteneri pentru un proiect de mobilitate urbana si transport public.'],
    ['ro', 'Căutăm parteneri'],
    ['en', 'The city is looking for partners for a project on the digitalisation of its administration.'],
    ['en', 'We are looking for partners'],
    ['hu', 'A város partnereket keres a közigazgatás digitalizációjával kapcsolatos projekthez, és tapasztalatcserét szeretne.'],
    ['hu', 'Okos öntözési rendszert keresünk'],
    // Short offers: trigrams alone took this one for German; ă and "din" are Romanian.
    ['ro', 'Producem hidrogen verde din energie solară.'],
    ['ro', 'Producem hidrogen verde din energie solara'],
    // Typed without diacritics: the stopwords are also known in their plain spelling.
    ['de', 'Wir koennen Erfahrung fuer Kommunen bieten'],
    ['hu', 'Partnert keresunk a varosnak'],
    // ö and ü are German or Hungarian; the letters around them decide.
    ['de', 'Bürgerbüro und Rückmeldung'],
    ['hu', 'Közösségi kert'],
  ] as const)('reads %s in "%s"', (lang, text) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it('returns null when the text gives no usable evidence', () => {
    expect(detectLanguage('')).toBeNull();
    expect(detectLanguage('OK')).toBeNull();
    expect(detectLanguage('2024 – 2026')).toBeNull();
    expect(detectLanguage('Cluj-Napoca Dortmund')).toBeNull();
  });

  it('does not take "in" for Romanian "în" typed without its accent', () => {
    expect(detectLanguage('Startup incubator in Cluj')).toBeNull();
  });

  it('counts a spelling two languages share half for each ("es": German "es", Hungarian "és")', () => {
    const [de, hu] = [estimateLanguages('es').ranked.find((r) => r.lang === 'de')!, estimateLanguages('es').ranked.find((r) => r.lang === 'hu')!];
    expect(de.probability).toBeCloseTo(hu.probability, 10);
    expect(detectLanguage('es')).toBeNull();
  });
});

describe('estimateLanguages', () => {
  it('gives every language a probability, most likely first, adding up to 1', () => {
    const { ranked, evidence } = estimateLanguages('Producem hidrogen verde din energie solară.');
    expect(evidence).toBe(true);
    expect(ranked.map((r) => r.lang).sort()).toEqual([...detectableLanguages].sort());
    expect(ranked[0]).toMatchObject({ lang: 'ro' });
    expect(ranked[0].probability).toBeGreaterThan(0.85);
    expect(ranked.reduce((s, r) => s + r.probability, 0)).toBeCloseTo(1, 10);
    for (let i = 1; i < ranked.length; i++) expect(ranked[i].probability).toBeLessThanOrEqual(ranked[i - 1].probability);
  });

  it('is uniform and says so when nothing points at a language', () => {
    const { ranked, evidence } = estimateLanguages('Smart City');
    expect(evidence).toBe(false);
    for (const r of ranked) expect(r.probability).toBeCloseTo(0.25, 10);
  });

  it('stays unsure on a single weak cue and sure on a letter only one language writes', () => {
    const weak = estimateLanguages('Cautam parteneri Hochwasserschutz').ranked;
    expect(weak[0].lang).toBe('ro');
    expect(weak[0].probability).toBeLessThan(0.85);
    expect(weak[1].lang).toBe('de');
    expect(estimateLanguages('Căutăm parteneri').ranked[0].probability).toBeGreaterThan(0.85);
  });
});
