import { describe, expect, it } from 'vitest';
import { getTaxonomy } from '../taxonomy/taxonomy.ts';
import { createLexiconTagger, readingsFor, type ConceptTagger } from './concept-tagger.ts';

const tagger: ConceptTagger = createLexiconTagger(getTaxonomy());
const keys = (text: string, lang?: string) => tagger.tag(text, { lang }).concepts.map((c) => c.key);
const find = (text: string, key: string, lang?: string) => tagger.tag(text, { lang }).concepts.find((c) => c.key === key);

describe('lexicon concept tagger', () => {
  it('proposes the same irrigation concept for a Romanian offer and a German request', () => {
    const offer = tagger.tag('Oferim un teren pilot pentru irigații inteligente în zona metropolitană Cluj, cu senzori de umiditate a solului.', {
      lang: 'ro',
    });
    const request = tagger.tag('Wir suchen ein Testfeld für Tropfbewässerung in einem Gemüsebetrieb im Umland.');
    expect(offer.lang).toBe('ro');
    expect(request.lang).toBe('de');
    const offered = offer.concepts.find((c) => c.key === 'irrigation');
    const requested = request.concepts.find((c) => c.key === 'irrigation');
    expect(offered?.evidence).toEqual(['irigații inteligente']);
    expect(requested?.evidence).toEqual(['Tropfbewässerung']);
    expect(offer.concepts[0].key).toBe('irrigation');
    // Both also name a test site, so the matchmaking sees the second shared concept.
    expect(offer.concepts.map((c) => c.key)).toContain('living-labs');
    expect(request.concepts.map((c) => c.key)).toContain('living-labs');
  });

  it('finds concepts inside German compounds', () => {
    const irrigation = find('Wir planen ein Tropfbewässerungssystem für den Stadtpark.', 'irrigation', 'de');
    expect(irrigation?.evidence).toEqual(['Tropfbewässerungssystem']);
    expect(keys('Unser Betrieb nutzt Abwärmepotenziale.', 'de')).toContain('district-heating');
    expect(keys('Wir testen Wasserstoffbusse im Linienverkehr.', 'de')).toEqual(expect.arrayContaining(['hydrogen', 'public-transport']));
  });

  it('matches text typed without umlauts, sharp s or Romanian diacritics', () => {
    expect(keys('Wir suchen Partner fuer Tropfbewaesserung', 'de')).toContain('irrigation');
    expect(keys('Cautam parteneri pentru irigatii inteligente', 'ro')).toContain('irrigation');
    expect(keys('Căutăm parteneri pentru irigaţii inteligente', 'ro')).toContain('irrigation');
  });

  it('matches inflected forms through stemming', () => {
    expect(keys('Modernizăm stațiile de epurare ale orașelor din județ.', 'ro')).toContain('wastewater');
    expect(keys('A városokban csökkenteni kell a légszennyezést.', 'hu')).toContain('air-quality');
  });

  it('recognises English terms inside texts in other languages', () => {
    expect(keys('Wir suchen Partner für Smart Farming im Weinbau.', 'de')).toContain('smart-agriculture');
    expect(find('Wir suchen Partner für Smart Farming im Weinbau.', 'smart-agriculture', 'de')?.evidence).toEqual(['Smart Farming']);
  });

  it('matches acronyms only in their written case', () => {
    expect(keys('KI-Lösungen für die Verwaltung', 'de')).toContain('artificial-intelligence');
    expect(keys('Ki vesz részt a közös projektben?', 'hu')).not.toContain('artificial-intelligence');
  });

  it('does not read a derivation as an inflection', () => {
    expect(keys('We offer access to our data for partners.', 'en')).not.toContain('accessibility');
    expect(keys('We make public buildings accessible for wheelchair users and improve accessibility.', 'en')).toContain('accessibility');
  });

  it('needs more than a broad word to propose a concept', () => {
    expect(keys('Die Universität stellt sich vor.', 'de')).not.toContain('higher-education');
    expect(keys('Die Universität sucht Partner für den Austausch von Studierenden.', 'de')).toContain('higher-education');
  });

  it('ranks by confidence and stays within 0..1', () => {
    const { concepts } = tagger.tag(
      'Der Verein organisiert Jugendaustausch und Jugendbegegnungen zum Klimaschutz, mit Freiwilligen aus der Zivilgesellschaft.',
      { lang: 'de' },
    );
    expect(concepts.length).toBeGreaterThan(1);
    for (let i = 1; i < concepts.length; i++) expect(concepts[i - 1].confidence).toBeGreaterThanOrEqual(concepts[i].confidence);
    for (const c of concepts) {
      expect(c.confidence).toBeGreaterThan(0);
      expect(c.confidence).toBeLessThanOrEqual(1);
      expect(c.evidence.length).toBeGreaterThan(0);
    }
    expect(concepts.map((c) => c.key)).toEqual(expect.arrayContaining(['youth-exchange', 'civil-society', 'climate-neutrality']));
  });

  it('gives more confidence to a concept named by several different terms', () => {
    const { concepts } = tagger.tag('Wir organisieren Jugendaustausch und Jugendbegegnungen zum Klimaschutz.', { lang: 'de' });
    expect(concepts.map((c) => c.key)).toEqual(['youth-exchange', 'climate-neutrality']);
    expect(concepts[0].confidence).toBeGreaterThan(concepts[1].confidence);
  });

  it('detects the language when it is missing or not one it can read', () => {
    expect(tagger.tag('Keresünk partnert a szennyvíztisztító telep korszerűsítéséhez.').lang).toBe('hu');
    expect(tagger.tag('We are looking for partners for a drinking water project.', { lang: 'fr' }).lang).toBe('en');
    expect(tagger.tag('Wir suchen Partner.', { lang: 'DE' }).lang).toBe('de');
  });

  it('returns no concepts for empty or unrelated text', () => {
    expect(tagger.tag('')).toEqual({ lang: null, concepts: [] });
    expect(tagger.tag('Wir freuen uns auf Ihre Nachricht.', { lang: 'de' }).concepts).toEqual([]);
  });

  it('tags a short offer without declared language in the language its letters give away', () => {
    const result = tagger.tag('Producem hidrogen verde din energie solară.');
    expect(result.lang).toBe('ro');
    expect(result.concepts.map((c) => c.key)).toEqual(expect.arrayContaining(['hydrogen', 'solar-energy']));
  });

  it('reads an uncertain text in every plausible language, trusting the less likely ones less', () => {
    const text = 'Cautam parteneri Hochwasserschutz';
    const { lang, readings } = readingsFor(text, null);
    expect(lang).toBe('ro');
    expect(readings.get('ro')).toBe(1);
    expect(readings.get('de')).toBeGreaterThan(0.6);
    expect(readings.get('de')).toBeLessThan(1);
    // Found through German although the text is more likely Romanian, with less confidence than when declared German.
    const doubtful = find(text, 'stormwater-flood');
    const declared = find(text, 'stormwater-flood', 'de');
    expect(doubtful).toBeDefined();
    expect(doubtful!.confidence).toBeLessThan(declared!.confidence);
  });

  it('reads a settled or declared language alone, plus English at a discount', () => {
    expect([...readingsFor('Căutăm parteneri pentru un proiect de mobilitate urbană.', null).readings]).toEqual([
      ['ro', 1],
      ['en', 0.9],
    ]);
    expect([...readingsFor('anything', 'hu').readings]).toEqual([
      ['hu', 1],
      ['en', 0.9],
    ]);
    expect([...readingsFor('anything', 'en').readings]).toEqual([['en', 1]]);
  });

  it('reads a text with no language evidence in all four languages at full weight', () => {
    const { lang, readings } = readingsFor('Smart City', null);
    expect(lang).toBeNull();
    expect(Object.fromEntries(readings)).toEqual({ de: 1, ro: 1, en: 1, hu: 1 });
    expect(keys('Solarenergie')).toContain('solar-energy');
  });
});
