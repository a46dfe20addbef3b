import { describe, expect, it } from 'vitest';
import { domainsIn, labelParts } from './domain-tagger.ts';

describe('domain words', () => {
  it('splits a domain label into its parts in each language', () => {
    expect(labelParts('Landwirtschaft und Ernährung')).toEqual(['Landwirtschaft', 'Ernährung']);
    expect(labelParts('Agricultură și alimentație')).toEqual(['Agricultură', 'alimentație']);
    expect(labelParts('Mezőgazdaság és élelmiszer')).toEqual(['Mezőgazdaság', 'élelmiszer']);
    expect(labelParts('Public administration and services')).toEqual(['Public administration', 'services']);
  });

  it('finds the domain a broad word names, in all four languages and inflected', () => {
    expect(domainsIn('Landwirtschaft')).toEqual(['agriculture-food']);
    expect(domainsIn('agricultura', { lang: 'ro' })).toEqual(['agriculture-food']);
    expect(domainsIn('mezőgazdasági', { lang: 'hu' })).toEqual(['agriculture-food']);
    expect(domainsIn('Mobilität')).toEqual(['mobility']);
    expect(domainsIn('közlekedés')).toEqual(['mobility']);
    expect(domainsIn('Mobilitate urbana')).toContain('mobility');
  });

  it('finds nothing in words that name no domain', () => {
    expect(domainsIn('Dortmund')).toEqual([]);
    expect(domainsIn('Babeș-Bolyai')).toEqual([]);
  });
});
