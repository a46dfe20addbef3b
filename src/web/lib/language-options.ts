import { uiLocales } from '../../shared/locales.ts';
import { languageNames } from './i18n.ts';
import { languageLabel } from './intl-names.ts';

// Content may be written in any ISO 639-1 language; these are offered first because they are
// spoken in the partner cities and across Europe. Codes already in a record are always offered.
const commonLanguages = [
  'de',
  'ro',
  'en',
  'hu',
  'fr',
  'it',
  'es',
  'pt',
  'nl',
  'pl',
  'cs',
  'sk',
  'sl',
  'hr',
  'sr',
  'bs',
  'bg',
  'el',
  'uk',
  'ru',
  'tr',
  'sq',
  'mk',
  'lt',
  'lv',
  'et',
  'fi',
  'sv',
  'da',
  'no',
  'is',
  'ga',
  'mt',
  'lb',
  'ca',
  'eu',
  'gl',
  'ar',
  'fa',
  'zh',
  'ja',
  'ko',
  'hi',
  'he',
];

/** Select options for the language of content, sorted by name, including any codes already chosen. */
export function languageOptions(uiLang: string, extra: (string | null | undefined)[] = []) {
  const codes = new Set([...commonLanguages, ...extra.filter((c): c is string => !!c)]);
  return [...codes].map((code) => ({ value: code, label: `${languageLabel(code, uiLang)} (${code})` })).sort((a, b) => a.label.localeCompare(b.label, uiLang));
}

/** Select options for the interface languages, each named in itself ("Deutsch", "Română"). */
export const uiLocaleOptions = () => uiLocales.map((l) => ({ value: l, label: languageNames[l] }));
