import { describe, expect, it } from 'vitest';
import { createLexiconTagger } from '../tagging/concept-tagger.ts';
import { getTaxonomy } from './taxonomy.ts';
import { taxonomyWithSynonyms } from './taxonomy-with-synonyms.ts';

describe('taxonomyWithSynonyms', () => {
  const base = getTaxonomy();

  it('returns the shipped taxonomy itself when nothing was added', () => {
    expect(taxonomyWithSynonyms(base, [])).toBe(base);
  });

  it('adds the synonyms to their concept and language only, and ignores concepts the data no longer has', () => {
    const merged = taxonomyWithSynonyms(base, [
      { conceptKey: 'irrigation', lang: 'ro', term: ' aspersoare ' },
      { conceptKey: 'retired-concept', lang: 'de', term: 'Altbegriff' },
    ]);
    expect(merged.concept('irrigation')!.synonyms.ro).toEqual([...base.concept('irrigation')!.synonyms.ro, 'aspersoare']);
    expect(merged.concept('irrigation')!.synonyms.de).toEqual(base.concept('irrigation')!.synonyms.de);
    expect(merged.concepts).toHaveLength(base.concepts.length);
    expect(base.concept('irrigation')!.synonyms.ro).not.toContain('aspersoare');
    expect(
      createLexiconTagger(merged)
        .tag('Oferim aspersoare pentru câmpuri.', { lang: 'ro' })
        .concepts.map((c) => c.key),
    ).toContain('irrigation');
  });
});
