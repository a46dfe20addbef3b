import { describe, expect, it } from 'vitest';
import { institutionTypesOf, vocabularyOf } from './search-vocabulary.ts';

describe('types of institution from the name or the first sentence', () => {
  it.each([
    ['Institutul Oncologic „Prof. Dr. Ion Chiricuță”'],
    ['Institute of Cardiovascular Diseases'],
    ['Onkológiai Intézet'],
    ['Westdeutsches Tumorzentrum'],
    ['Policlinica Centrală'],
  ])('a specialist medical centre is a hospital: %s', (name) => {
    expect(institutionTypesOf(name, [])).toContain('hospital');
  });

  it('a research institute named by a field that is no field of medicine is no hospital', () => {
    expect(institutionTypesOf('Fraunhofer-Institut für Materialfluss und Logistik', [])).toEqual([]);
    expect(institutionTypesOf('Research institute for computer science', ['A research institute.'])).toEqual([]);
  });

  it("a sports club by its name's abbreviation, but not a firm by its initials", () => {
    expect(institutionTypesOf('TuS Eving-Lindenhorst 1920', [])).toContain('sport');
    expect(institutionTypesOf('CSM Cluj-Napoca', [])).toContain('sport');
    expect(institutionTypesOf('SE Consulting', [])).toEqual([]);
    expect(institutionTypesOf('CS Software', [])).toEqual([]);
  });
});

describe('the words of a kind and of a type', () => {
  it('holds the short forms people type for a university', () => {
    expect(vocabularyOf({ themes: [], kind: 'university' }).de).toEqual(expect.arrayContaining(['Uni', 'FH']));
  });

  it('names an opera house a music theatre in all four languages, so "theatre" reaches it', () => {
    const words = vocabularyOf({ themes: [], types: ['opera'] });
    expect(words.de).toContain('Musiktheater');
    expect(words.ro).toContain('teatru liric');
    expect(words.en).toContain('music theatre');
    expect(words.hu).toContain('zenés színház');
  });

  it('has no phrase with a general word that every row of the kind would then match ("centre")', () => {
    const general = ['centre', 'center', 'centru', 'központ', 'house', 'haus', 'ház', 'casa', 'casă', 'agency'];
    const kinds = ['university', 'research-institute', 'company', 'startup', 'public-administration', 'public-company', 'ngo', 'cluster', 'school', 'cultural'];
    for (const kind of kinds) {
      const phrases = Object.values(vocabularyOf({ themes: [], kind }))
        .flat()
        .filter((w) => w.includes(' '));
      expect(
        phrases.filter((p) => p.split(' ').some((w) => general.includes(w.toLowerCase()))),
        kind,
      ).toEqual([]);
    }
  });
});
