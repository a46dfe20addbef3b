import { describe, expect, it } from 'vitest';
import { respelled, spellingVariants } from './search-spelling.ts';

describe('British and American spellings', () => {
  it('pairs -isation/-ization in any language and the listed words with their plurals', () => {
    expect(spellingVariants('Digitalisation', 'de')).toEqual(['digitalization']);
    expect(spellingVariants('organizations', null)).toEqual(['organisations']);
    expect(spellingVariants('centres', 'en')).toEqual(['centers']);
    expect(spellingVariants('program', null)).toEqual(['programme']);
  });

  it('pairs -ise/-ize only where the text may be English, and never for words that have no -ize', () => {
    expect(spellingVariants('realised', 'en')).toEqual(['realized']);
    expect(spellingVariants('summarising', null)).toEqual(['summarizing']);
    expect(spellingVariants('Reise', 'de')).toEqual([]);
    expect(spellingVariants('expertise', 'en')).toEqual([]);
    expect(spellingVariants('enterprise', null)).toEqual([]);
  });

  it('respells a text for the concept tagger', () => {
    expect(respelled('digitalisation of the city centre', 'en')).toBe('digitalization of the city center');
  });
});
