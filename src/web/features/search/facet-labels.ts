import type { TFunction } from 'i18next';
import type { CitySummary } from '../../../features/cities/cities.schemas.ts';
import type { Theme } from '../../../features/themes/themes.schemas.ts';
import { languageLabel } from '../../lib/intl-names.ts';
import { labelIn } from '../../lib/labels.ts';
import type { TaxonomyLabels } from './search-api.ts';

/** The order facet groups are shown in; dimensions the API adds later follow, named by their key. */
export const facetOrder = ['type', 'city', 'kind', 'category', 'theme', 'concept', 'sdg', 'lang'];

export interface LabelSources {
  t: TFunction;
  lang: string;
  themes: Theme[] | undefined;
  taxonomy: TaxonomyLabels | undefined;
  cities: CitySummary[] | undefined;
}

export const sdgName = (goal: number | string, s: LabelSources) => {
  const names = s.taxonomy?.sdgGoals.find((g) => String(g.goal) === String(goal))?.names;
  const name = labelIn(names, s.lang);
  return name ? s.t('search.sdgNamed', { goal, name }) : s.t('search.sdg', { goal });
};

export const conceptName = (key: string, s: LabelSources) => labelIn(s.taxonomy?.concepts.find((c) => c.key === key)?.labels, s.lang) || key;

export const themeName = (key: string, s: LabelSources) => labelIn(s.themes?.find((th) => th.key === key)?.labels, s.lang) || key;

/** A facet value as the reader should see it, in the interface language; unknown values as they are. */
export function facetValueLabel(dimension: string, value: string, s: LabelSources, apiLabel?: string): string {
  switch (dimension) {
    case 'type':
      return s.t(`search.types.${value}`, { defaultValue: value });
    case 'city':
      return apiLabel || s.cities?.find((c) => c.id === value || c.key === value)?.name || value;
    case 'kind':
      return s.t(`organisations.kinds.${value}`, { defaultValue: value });
    case 'category':
      return s.t(`organisations.categories.${value}`, { defaultValue: value });
    case 'theme':
      return themeName(value, s);
    case 'concept':
      return conceptName(value, s);
    case 'sdg':
      return sdgName(value, s);
    case 'lang':
      return languageLabel(value, s.lang) || value;
    default:
      return apiLabel || value;
  }
}
