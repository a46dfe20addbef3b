import { describe, expect, it } from 'vitest';
import { hungarianCityBases } from './hungarian-city-forms.ts';

describe('hungarianCityBases', () => {
  it.each([
    ['kolozsvari', 'kolozsvar'],
    ['kolozsvaron', 'kolozsvar'],
    ['dortmundban', 'dortmund'],
    ['dortmundba', 'dortmund'],
    ['becsbol', 'becs'],
    ['kolozsvarrol', 'kolozsvar'],
    ['dortmundhoz', 'dortmund'],
    ['szegeden', 'szeged'],
    ['dortmunddal', 'dortmund'],
  ])('reads %s as a form of %s', (word, base) => {
    expect(hungarianCityBases(word)).toContain(base);
  });

  it('never offers the word itself or a base shorter than four letters', () => {
    expect(hungarianCityBases('kolozsvar')).not.toContain('kolozsvar');
    expect(hungarianCityBases('aban')).toEqual([]);
    expect(hungarianCityBases('ioni')).toEqual([]);
  });

  it('offers longer bases first, so that the most specific name is tried first', () => {
    const bases = hungarianCityBases('kolozsvaron');
    expect(bases).toEqual([...bases].sort((a, b) => b.length - a.length));
  });
});
