import { describe, expect, it } from 'vitest';
import { distinctAlternatives } from './search-query.ts';

describe('distinctAlternatives', () => {
  it('keeps each lexeme of a query of alternatives once, in the order first seen', () => {
    expect(distinctAlternatives(`'partn' | 'partner' | 'partner' | 'partner' | 'partner'`)).toBe(`'partn' | 'partner'`);
    expect(distinctAlternatives(`( 'greemnouth' | 'chamb' ) | ( 'greemnouth' | 'chamber' | 'of' )`)).toBe(`'greemnouth' | 'chamb' | 'chamber' | 'of'`);
  });

  it('tells lexemes apart by their weights and prefix marks, and reads quotes inside them', () => {
    expect(distinctAlternatives(`'a':AB | 'a' | 'a':*`)).toBe(`'a':AB | 'a' | 'a':*`);
    expect(distinctAlternatives(`'o''brien' | 'o''brien'`)).toBe(`'o''brien'`);
  });

  it('leaves any other query as it is', () => {
    for (const q of [`'a' & 'b' | 'a'`, `'a' <-> 'b' | 'a'`, `!'a' | 'a'`, '']) expect(distinctAlternatives(q)).toBe(q);
  });
});
