import { describe, expect, it } from 'vitest';
import { getTaxonomy } from '../taxonomy/taxonomy.ts';
import { buildConceptIndex } from './concept-index.ts';
import { foldGerman } from './normalize-text.ts';
import { createCompoundSplitter, germanLinkingElements } from './split-compound.ts';

const german = (vocabulary: string[]) => createCompoundSplitter(vocabulary, { linkingElements: germanLinkingElements, fold: foldGerman });
const known = (parts: { text: string; known: boolean }[]) => parts.filter((p) => p.known).map((p) => p.text);

describe('createCompoundSplitter', () => {
  it('accepts a short word as the first part only (shortFirstParts)', () => {
    const splitter = createCompoundSplitter(['versorgung', 'anlage'], { fold: foldGerman, shortFirstParts: ['Gas'] });
    expect(known(splitter.split('Gasversorgung'))).toEqual(['gas', 'versorgung']);
    // Not inside a word: "anlagegas" has no known first part of four letters, and "gas" may not end it.
    expect(known(splitter.split('Anlagegas'))).toEqual(['anlage']);
  });

  it('finds Bewässerung in Tropfbewässerungssystem across the linking s', () => {
    const parts = german(['Bewässerung', 'System']).split('Tropfbewässerungssystem');
    expect(parts).toEqual([
      { text: 'tropf', known: false },
      { text: 'bewaesserung', known: true },
      { text: 'system', known: true },
    ]);
  });

  it('finds Wasserstoff in Wasserstoffwirtschaft even when the whole word is known', () => {
    const splitter = german(['Wasserstoff', 'Wirtschaft', 'Wasserstoffwirtschaft']);
    expect(known(splitter.split('Wasserstoffwirtschaft'))).toEqual(['wasserstoff', 'wirtschaft']);
  });

  it('prefers the longest known part', () => {
    const parts = german(['Tropfbewässerung', 'Bewässerung', 'System']).split('Tropfbewaesserungssystem');
    expect(known(parts)).toEqual(['tropfbewaesserung', 'system']);
  });

  it('handles the linking elements -n-, -es-, -en- and -er-', () => {
    expect(known(german(['Straße', 'Bahn']).split('Straßenbahn'))).toEqual(['strasse', 'bahn']);
    expect(known(german(['Bund', 'Land']).split('Bundesland'))).toEqual(['bund', 'land']);
    expect(known(german(['Frau', 'Förderung']).split('Frauenförderung'))).toEqual(['frau', 'foerderung']);
    expect(known(german(['Kind', 'Betreuung']).split('Kinderbetreuung'))).toEqual(['kind', 'betreuung']);
  });

  it('returns no parts for unknown, short or uncompounded words', () => {
    const splitter = german(['Bewässerung', 'System']);
    expect(splitter.split('Schlaglöcher')).toEqual([]);
    expect(splitter.split('System')).toEqual([]);
    expect(splitter.split('Bewässerung')).toEqual([]);
  });

  it('splits with the vocabulary of the taxonomy', () => {
    const index = buildConceptIndex(getTaxonomy());
    const de = index.get('de')!.splitter!;
    // The taxonomy knows "Bewässerungssystem" as a whole, which covers more letters than
    // "Tropfbewässerung" + s + an unknown "system".
    expect(known(de.split('Tropfbewässerungssystem'))).toEqual(['bewaesserungssystem']);
    expect(known(de.split('Wasserstoffwirtschaft'))).toContain('wasserstoff');
    expect(known(de.split('Abwärmenutzung'))).toContain('abwaerme');
    const hu = index.get('hu')!.splitter!;
    expect(known(hu.split('ivóvízhálózatának'))).toContain('ivóvíz');
  });
});
