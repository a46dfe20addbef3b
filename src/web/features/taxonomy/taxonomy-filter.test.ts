import { describe, expect, it } from 'vitest';
import { filterConcepts, foldText, type TaxonomyConceptView } from './taxonomy-filter.ts';

const terms = (de: string[], ro: string[] = [], en: string[] = [], hu: string[] = []) => ({ de, ro, en, hu });
const concept = (
  key: string,
  domain: string,
  labels: [string, string, string, string],
  sdgs: number[],
  extra: Partial<TaxonomyConceptView> = {},
): TaxonomyConceptView => ({
  key,
  domain,
  labels: { de: labels[0], ro: labels[1], en: labels[2], hu: labels[3] },
  definitions: { de: `Definition ${key}`, ro: `Definiție ${key}`, en: `Definition of ${key}`, hu: `Meghatározás ${key}` },
  synonyms: terms([]),
  addedSynonyms: [],
  sdgs,
  ...extra,
});

const irrigation = concept('irrigation', 'agriculture-food', ['Bewässerung', 'Irigații', 'Irrigation', 'Öntözés'], [2, 6], {
  synonyms: terms(['Tropfbewässerung'], ['irigare prin picurare']),
});
const hydrogen = concept('hydrogen', 'energy-climate', ['Wasserstoff', 'Hidrogen', 'Hydrogen', 'Hidrogén'], [7, 13], {
  addedSynonyms: [{ id: '00000000-0000-4000-8000-000000000001', lang: 'ro', term: 'electrolizoare' }],
});
const all = [irrigation, hydrogen];
const none = { q: '', domain: '', sdg: '' };

describe('filterConcepts', () => {
  it('finds a concept by its label or synonym in any language, ignoring case and accents', () => {
    expect(filterConcepts(all, { ...none, q: 'irigatii' }, 'en')).toEqual([irrigation]);
    expect(filterConcepts(all, { ...none, q: 'BEWASSERUNG' }, 'en')).toEqual([irrigation]);
    expect(filterConcepts(all, { ...none, q: 'picurare' }, 'de')).toEqual([irrigation]);
    expect(filterConcepts(all, { ...none, q: 'ontozes' }, 'de')).toEqual([irrigation]);
  });

  it('finds a concept by a synonym an administrator added', () => {
    expect(filterConcepts(all, { ...none, q: 'electrolizoare' }, 'en')).toEqual([hydrogen]);
  });

  it('needs every word to match, and narrows by domain and goal', () => {
    expect(filterConcepts(all, { ...none, q: 'hidrogen irigare' }, 'en')).toEqual([]);
    expect(filterConcepts(all, { ...none, domain: 'energy-climate' }, 'en')).toEqual([hydrogen]);
    expect(filterConcepts(all, { ...none, sdg: '6' }, 'en')).toEqual([irrigation]);
    expect(filterConcepts(all, none, 'en')).toEqual(all);
  });

  it('folds German sharp s and Romanian diacritics', () => {
    expect(foldText('Straße')).toBe('strasse');
    expect(foldText('Irigații')).toBe('irigatii');
  });
});
