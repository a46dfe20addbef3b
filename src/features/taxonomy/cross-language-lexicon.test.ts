import { describe, expect, it } from 'vitest';
import { crossLanguageLexicon, lexiconLanguages } from './cross-language-lexicon.ts';

describe('the cross-language lexicon', () => {
  it('holds each meaning once, in all four languages, as single words', () => {
    const ids = crossLanguageLexicon.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBeGreaterThan(800);
    for (const entry of crossLanguageLexicon) {
      expect(entry.id).toMatch(/^[a-z0-9-]+$/);
      for (const lang of lexiconLanguages) {
        expect(entry.words[lang].length, `${entry.id} in ${lang}`).toBeGreaterThan(0);
        for (const word of entry.words[lang]) expect(word, `${entry.id} in ${lang}`).toMatch(/^[\p{L}\p{N}-]+$/u);
      }
    }
  });

  it('merges a meaning written in two parts (honey is food and farming) into one entry with all their words', () => {
    const honey = crossLanguageLexicon.filter((e) => e.id === 'honey');
    expect(honey).toHaveLength(1);
    expect(honey[0].words.hu).toContain('méz');
  });

  it('makes one meaning of two entries that list the same words under two ids (bakery and baker), so their words keep a meaning', () => {
    const ids = crossLanguageLexicon.map((e) => e.id);
    expect(ids).toContain('baker');
    expect(ids).not.toContain('bakery');
    const baker = crossLanguageLexicon.find((e) => e.id === 'baker')!;
    expect(baker.words.de).toEqual(expect.arrayContaining(['Bäcker', 'Bäckerei']));
  });
});
