import { describe, expect, it } from 'vitest';
import { typoCorrections } from './search-typos.ts';

describe('typos in query words', () => {
  it('offers the known words one edit away: a letter left out, added, changed or two swapped', () => {
    expect(typoCorrections('irigation')).toEqual(['irrigation']);
    expect(typoCorrections('universty')).toEqual(['university']);
    expect(typoCorrections('Landwirtschat')).toEqual(['landwirtschaft']);
    expect(typoCorrections('univeristy')).toEqual(['university']);
  });

  it('leaves known words, short words and words far from any known word alone', () => {
    expect(typoCorrections('irrigation')).toEqual([]);
    expect(typoCorrections('Universität')).toEqual([]);
    expect(typoCorrections('spitl')).toEqual([]);
    expect(typoCorrections('Fraunhoffer')).toEqual([]);
    expect(typoCorrections('ISO27001')).toEqual([]);
  });
});
