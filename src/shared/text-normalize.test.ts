import { describe, expect, it } from 'vitest';
import { foldForLookup, keyFromName } from './text-normalize.ts';

describe('foldForLookup', () => {
  it('folds Hungarian and Romanian diacritics, both Romanian ș forms and German ß', () => {
    expect(foldForLookup('Kolozsvár')).toBe('kolozsvar');
    expect(foldForLookup('Timișoara')).toBe(foldForLookup('Timişoara'));
    expect(foldForLookup('Straße')).toBe('strasse');
    expect(foldForLookup('  Cluj   Napoca ')).toBe('cluj napoca');
  });
});

describe('keyFromName', () => {
  it('makes interchange keys', () => {
    expect(keyFromName('Technische Universität Dortmund')).toBe('technische-universitat-dortmund');
    expect(keyFromName('Universitatea Babeș-Bolyai')).toBe('universitatea-babes-bolyai');
    expect(keyFromName('!!!')).toBe('item');
  });
});
