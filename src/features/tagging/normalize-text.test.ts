import { describe, expect, it } from 'vitest';
import { canonicalText, foldGerman, normalizeText, restoreGermanUmlauts, sameTerm, stripDiacritics, tokenize } from './normalize-text.ts';

describe('normalizeText', () => {
  it('unifies Romanian cedilla ş/ţ with comma-below ș/ț', () => {
    expect(normalizeText('Oraşul Ţării')).toBe('orașul țării');
    expect(normalizeText('ORAŞUL')).toBe(normalizeText('orașul'));
    expect(sameTerm('irigaţii', 'irigații', 'ro')).toBe(true);
  });

  it('composes decomposed Unicode (NFC) and lowers case', () => {
    expect(normalizeText('Bewa\u0308sserung')).toBe('bewässerung');
    expect(normalizeText('Bewa\u0308sserung')).toHaveLength('bewässerung'.length);
  });

  it('repairs Hungarian ő and ű typed as õ and û', () => {
    expect(normalizeText('Felsõoktatás és közmûvek')).toBe('felsőoktatás és közművek');
  });

  it('keeps case in the canonical form so acronyms survive', () => {
    expect(canonicalText('KI und IoT')).toBe('KI und IoT');
  });
});

describe('German spelling equivalence', () => {
  it('treats ß and ss alike', () => {
    expect(foldGerman('Straße')).toBe(foldGerman('Strasse'));
    expect(sameTerm('Straßenbahn', 'STRASSENBAHN', 'de')).toBe(true);
  });

  it('treats ä/ae, ö/oe and ü/ue alike', () => {
    expect(foldGerman('Bewässerung')).toBe(foldGerman('Bewaesserung'));
    expect(foldGerman('Ökostrom')).toBe(foldGerman('Oekostrom'));
    expect(foldGerman('Bürgerbeteiligung')).toBe(foldGerman('Buergerbeteiligung'));
    expect(sameTerm('Bewässerung', 'Bewasserung', 'de')).toBe(false);
  });

  it('restores umlauts from their two-letter spelling', () => {
    expect(restoreGermanUmlauts('bewaesserung')).toBe('bewässerung');
  });

  it('strips every diacritic for accent-free matching', () => {
    expect(stripDiacritics('irigații învățământ öntözés Straße')).toBe('irigatii invatamant ontozes Strasse');
  });
});

describe('tokenize', () => {
  it('splits on hyphens and punctuation, keeps digits and offsets', () => {
    const text = 'Smart-City-Strategie: 5G und 3D-Stadtmodell!';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.text)).toEqual(['smart', 'city', 'strategie', '5g', 'und', '3d', 'stadtmodell']);
    expect(tokens.map((t) => t.surface)[0]).toBe('Smart');
    for (const t of tokens) expect(canonicalText(text).slice(t.start, t.end)).toBe(t.surface);
  });

  it('returns nothing for text without letters or digits', () => {
    expect(tokenize(' — !? ')).toEqual([]);
  });
});
