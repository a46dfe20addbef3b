import { useTranslation } from 'react-i18next';
import { formatRelativeDays } from '../../lib/date-format.ts';
import { countryName } from '../../lib/intl-names.ts';
import { labelIn } from '../../lib/labels.ts';
import { useThemes } from '../../lib/lookups-api.ts';
import { uiLanguage } from '../../lib/ui-language.ts';
import { useTaxonomy } from '../taxonomy/taxonomy-api.ts';
import type { MessageNames } from './radar-messages.ts';

/** Concept, theme and country names in the reader's language, for radar reasons and hints. */
export function useMessageNames(): MessageNames {
  const { i18n } = useTranslation();
  const lang = uiLanguage(i18n);
  const taxonomy = useTaxonomy();
  const themes = useThemes();
  return {
    concept: (key) => labelIn(taxonomy.data?.concepts.find((c) => c.key === key)?.labels, lang) || key,
    theme: (key) => labelIn(themes.data?.find((th) => th.key === key)?.labels, lang) || key,
    country: (code) => countryName(code, lang),
    days: (count) => formatRelativeDays(count, lang),
  };
}
