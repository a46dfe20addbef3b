import { describe, expect, it } from 'vitest';
import { crossLanguageLexicon } from '../taxonomy/index.ts';
import { commonSpelling } from './common-spelling.ts';
import { evidenceTerms, isCodeLike, lexiconMeanings, wordsBehindTerms } from './evidence-terms.ts';

const shared = (a: string, b: string) => evidenceTerms(a).filter((t) => evidenceTerms(b).includes(t));

describe('evidence terms', () => {
  it('lets cognates meet across the four languages', () => {
    expect(shared('Palliativversorgung für Hospize', 'îngrijiri paliative')).toEqual(['~paliat']);
    expect(shared('palliatív ellátás', 'palliative care')).toEqual(['~paliat']);
    expect(shared('Telemedizin', 'telemedicină')).toEqual(['~teleme']);
    expect(commonSpelling('klinik')).toBe(commonSpelling('clinic'));
  });

  it('keeps codes and acronyms whole, in any case, and splits them from the words glued to them', () => {
    expect(evidenceTerms('LoRaWAN-Sensoren nach ISO 27001')).toEqual(['#iso', '#lorawan', '~=sensor', '~sensor']);
    expect(evidenceTerms('CAR-T therapy')).toContain('#car-t');
    expect(isCodeLike('Dortmund')).toBe(false);
    expect(isCodeLike('BIM')).toBe(true);
    expect(isCodeLike('5G')).toBe(true);
  });

  it('leaves out function words and the words every offer uses', () => {
    expect(evidenceTerms('Wir suchen Partner für gemeinsame Projekte und Erfahrungsaustausch')).toEqual(['~erfahr']);
    expect(evidenceTerms('We are looking for partners and offer our experience in projects')).toEqual([]);
    expect(evidenceTerms('Căutăm parteneri pentru proiecte comune')).toEqual([]);
  });

  it('quotes the words behind shared terms as written', () => {
    expect(wordsBehindTerms('Wir suchen Palliativversorgung und LoRaWAN', new Set(['~paliat', '#lorawan']))).toEqual(['Palliativversorgung', 'LoRaWAN']);
  });

  it('lets words that mean the same without looking alike meet through the lexicon, in any listed form', () => {
    for (const text of ['Glocke', 'Kirchenglocken', 'clopotele', 'bells', 'harangok']) expect(lexiconMeanings(text)).toEqual(['~=bell']);
    expect(shared('Wir suchen eine Feuerwehr', 'Pompierii voluntari')).toEqual(['~=fire-brigade']);
    expect(wordsBehindTerms('Restaurierung der Kirchenglocken', new Set(['~=bell']))).toEqual(['Kirchenglocken']);
    // Behind its meaning and its stem, a word is quoted once.
    expect(wordsBehindTerms('Glocken und Glockenturm', new Set(evidenceTerms('Glocken')))).toEqual(['Glocken']);
  });

  it('keeps the meaning of words two entries listed under two ids (library and librarian): they are one meaning now', () => {
    for (const text of ['Bibliothek', 'bibliotecă', 'library', 'könyvtár', 'librarian']) expect(lexiconMeanings(text)).toEqual(['~=librarian']);
    expect(shared('Wir suchen eine Bäckerei', 'Brutărie artizanală')).toEqual(['~=baker']);
  });

  it('reads a listed form whole, with an ending of its own language, or as the head of a compound of six letters or more', () => {
    // "Lehrstuhl" is no apprenticeship although "Lehrstelle" begins alike; a Romanian ending makes no German "Bach" of "bachelor".
    expect(lexiconMeanings('Lehrstuhl bachelor')).toEqual([]);
    // "Tier" is too short a head: "dokumentieren" is not about animals.
    expect(lexiconMeanings('dokumentieren sortieren')).toEqual([]);
  });

  it('leaves a form that two meanings list to its cognate stem', () => {
    const meaningsOf = new Map<string, Set<string>>();
    for (const entry of crossLanguageLexicon)
      for (const word of Object.values(entry.words).flat()) meaningsOf.set(word.toLowerCase(), (meaningsOf.get(word.toLowerCase()) ?? new Set()).add(entry.id));
    // (Lower case, not folded: a form two meanings write alike is ambiguous whatever its accents.)
    const ambiguous = [...meaningsOf].filter(([word, ids]) => ids.size > 1 && !word.includes('-') && word.length >= 5).map(([word]) => word);
    expect(ambiguous.length).toBeGreaterThan(0);
    for (const word of ambiguous.slice(0, 20)) expect(lexiconMeanings(word), word).toEqual([]);
  });
});
