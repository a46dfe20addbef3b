// Content may be written in any ISO 639-1 language; these are offered first because they are
// spoken in the partner cities and across Europe. Codes already in a record are always offered.
const commonLanguages = [
  'de', 'ro', 'en', 'hu', 'fr', 'it', 'es', 'pt', 'nl', 'pl', 'cs', 'sk', 'sl', 'hr', 'sr', 'bs',
  'bg', 'el', 'uk', 'ru', 'tr', 'sq', 'mk', 'lt', 'lv', 'et', 'fi', 'sv', 'da', 'no', 'is', 'ga',
  'mt', 'lb', 'ca', 'eu', 'gl', 'ar', 'fa', 'zh', 'ja', 'ko', 'hi', 'he',
];

const namesCache = new Map<string, Intl.DisplayNames | null>();

function displayNames(uiLang: string): Intl.DisplayNames | null {
  if (!namesCache.has(uiLang)) {
    try {
      namesCache.set(uiLang, new Intl.DisplayNames([uiLang], { type: 'language' }));
    } catch {
      namesCache.set(uiLang, null);
    }
  }
  return namesCache.get(uiLang) ?? null;
}

/** The name of a language in the reader's language ("Rumänisch"), or the code if unknown. */
export function languageName(code: string | null | undefined, uiLang: string): string {
  if (!code) return '';
  const name = displayNames(uiLang)?.of(code);
  return name && name !== code ? name.charAt(0).toLocaleUpperCase(uiLang) + name.slice(1) : code;
}

/** Select options for languages, sorted by name, including any codes already chosen. */
export function languageOptions(uiLang: string, extra: (string | null | undefined)[] = []) {
  const codes = new Set([...commonLanguages, ...extra.filter((c): c is string => !!c)]);
  return [...codes]
    .map((code) => ({ value: code, label: `${languageName(code, uiLang)} (${code})` }))
    .sort((a, b) => a.label.localeCompare(b.label, uiLang));
}

/** The interface language in use ("de"), not the browser's full tag ("de-AT"). */
export const uiLanguage = (i18n: { resolvedLanguage?: string }) => i18n.resolvedLanguage ?? 'en';
