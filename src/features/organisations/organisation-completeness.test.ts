import { describe, expect, it } from 'vitest';
import { organisationCompleteness, type CompletenessInput } from './organisation-completeness.ts';

const complete: CompletenessInput = {
  description: [{ text: 'Technische Universität im Ruhrgebiet.' }],
  website: 'https://www.tu-dortmund.de',
  languages: ['de', 'en'],
  themes: ['energy'],
  currentItems: 2,
  hasContactPerson: true,
};

describe('organisation completeness', () => {
  it('scores a complete profile 100 with nothing missing', () => {
    expect(organisationCompleteness(complete)).toEqual({ score: 100, missing: [] });
  });

  it('names every gap of an empty profile in a fixed order', () => {
    const empty = { description: [], website: null, languages: [], themes: [], currentItems: 0, hasContactPerson: false };
    expect(organisationCompleteness(empty)).toEqual({
      score: 0,
      missing: ['description', 'website', 'languages', 'themes', 'offerOrRequest', 'contactPerson'],
    });
  });

  it('counts a description in any one language and ignores blank texts and websites', () => {
    expect(organisationCompleteness({ ...complete, description: [{ text: '   ' }] }).missing).toEqual(['description']);
    expect(organisationCompleteness({ ...complete, website: ' ' }).missing).toEqual(['website']);
    expect(organisationCompleteness({ ...complete, description: [{ text: ' ' }, { text: 'Universitate' }] }).missing).toEqual([]);
  });

  it('rounds the score to whole percent', () => {
    const r = organisationCompleteness({ ...complete, currentItems: 0, hasContactPerson: false });
    expect(r).toEqual({ score: 67, missing: ['offerOrRequest', 'contactPerson'] });
    expect(organisationCompleteness({ ...complete, themes: [] }).score).toBe(83);
  });
});
