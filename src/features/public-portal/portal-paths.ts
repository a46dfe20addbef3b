import { uiLocales, type UiLocale } from '../../shared/locales.ts';

/**
 * The portal's addresses: /p/{lang}/… for every page, so that each language has its own URL for
 * search engines and link previews (hreflang), and the single-page app keeps its own routes.
 */
export const portalPaths = {
  home: (lang: UiLocale) => `/p/${lang}`,
  directory: (lang: UiLocale) => `/p/${lang}/partnerships`,
  partnership: (lang: UiLocale, key: string) => `/p/${lang}/partnerships/${encodeURIComponent(key)}`,
  city: (lang: UiLocale, key: string) => `/p/${lang}/cities/${encodeURIComponent(key)}`,
  organisation: (lang: UiLocale, key: string) => `/p/${lang}/organisations/${encodeURIComponent(key)}`,
  embedCity: (lang: UiLocale, key: string) => `/p/${lang}/embed/cities/${encodeURIComponent(key)}`,
  partnershipFeed: (lang: UiLocale, key: string) => `/p/${lang}/partnerships/${encodeURIComponent(key)}/feed.atom`,
  cityFeed: (lang: UiLocale, key: string) => `/p/${lang}/cities/${encodeURIComponent(key)}/feed.atom`,
};

/** The same page in each language, for hreflang links and the language switcher. */
export function pageInEveryLanguage(pathOf: (lang: UiLocale) => string): Record<UiLocale, string> {
  return Object.fromEntries(uiLocales.map((l) => [l, pathOf(l)])) as Record<UiLocale, string>;
}

export const isUiLocale = (value: string): value is UiLocale => (uiLocales as readonly string[]).includes(value);

/** The Open Graph locale of each interface language. */
export const ogLocale: Record<UiLocale, string> = { de: 'de_DE', ro: 'ro_RO', en: 'en_GB', hu: 'hu_HU' };
