import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { facetValueLabel, type LabelSources } from './facet-labels.ts';

// A stand-in for i18next's t: the English strings this module asks for, with their variables.
const strings: Record<string, string> = {
  'search.sdg': 'SDG {{goal}}',
  'search.sdgNamed': 'SDG {{goal}}: {{name}}',
  'search.types.offer': 'Offer',
  'organisations.kinds.university': 'University',
};
const t = ((key: string, vars: Record<string, unknown> = {}) =>
  (strings[key] ?? (vars.defaultValue as string) ?? key).replace(/\{\{(\w+)\}\}/g, (_m, v: string) => String(vars[v]))) as unknown as TFunction;

const sources = (over: Partial<LabelSources> = {}): LabelSources => ({
  t,
  lang: 'de',
  themes: [{ key: 'agriculture', labels: { de: 'Landwirtschaft', ro: 'Agricultură', en: 'Agriculture', hu: 'Mezőgazdaság' }, sortOrder: 1 }],
  taxonomy: {
    concepts: [{ key: 'citizen-participation', labels: { de: 'Bürgerbeteiligung', en: 'Citizen participation' } }],
    sdgGoals: [{ goal: 11, names: { en: 'Sustainable cities and communities' } }],
  },
  cities: [{ id: '6f1c1d3e-0000-4000-8000-000000000001', key: 'cluj-napoca', name: 'Cluj-Napoca', country: 'RO' }],
  ...over,
});

describe('facetValueLabel', () => {
  it('names values from the catalogues, the taxonomy and the response', () => {
    const s = sources();
    expect(facetValueLabel('theme', 'agriculture', s)).toBe('Landwirtschaft');
    expect(facetValueLabel('concept', 'citizen-participation', s)).toBe('Bürgerbeteiligung');
    // No German name for the goal: the English one, not the number alone.
    expect(facetValueLabel('sdg', '11', s)).toBe('SDG 11: Sustainable cities and communities');
    expect(facetValueLabel('city', '6f1c1d3e-0000-4000-8000-000000000001', s, 'Klausenburg')).toBe('Klausenburg');
    expect(facetValueLabel('city', 'cluj-napoca', s)).toBe('Cluj-Napoca');
    expect(facetValueLabel('kind', 'university', s)).toBe('University');
    expect(facetValueLabel('type', 'offer', s)).toBe('Offer');
    expect(facetValueLabel('lang', 'ro', s)).toMatch(/^Rumänisch$/i);
  });

  it('falls back to the key where no name is known (no taxonomy yet, a new value)', () => {
    const s = sources({ taxonomy: undefined, themes: undefined });
    expect(facetValueLabel('concept', 'urban-logistics', s)).toBe('urban-logistics');
    expect(facetValueLabel('sdg', '7', s)).toBe('SDG 7');
    expect(facetValueLabel('theme', 'agriculture', s)).toBe('agriculture');
    expect(facetValueLabel('kind', 'guild', s)).toBe('guild');
    expect(facetValueLabel('colour', 'blue', s, 'Blue')).toBe('Blue');
  });
});
