import i18next, { type TFunction } from 'i18next';
import type { UiLocale } from '../../shared/locales.ts';
import { portalCatalogues } from './portal-catalogues.ts';

const translators = new Map<UiLocale, TFunction>();

/**
 * i18next bound to one language, made on first use and kept: the catalogues are shipped files,
 * the same in every process. A missing key falls back to English (the catalogue test keeps that
 * from happening).
 */
export function portalTranslator(lang: UiLocale): TFunction {
  let t = translators.get(lang);
  if (!t) {
    const instance = i18next.createInstance();
    void instance.init({
      lng: lang,
      fallbackLng: 'en',
      initAsync: false,
      resources: Object.fromEntries(Object.entries(portalCatalogues).map(([lng, catalogue]) => [lng, { translation: catalogue }])),
      interpolation: { escapeValue: false }, // React escapes what it renders
      returnNull: false,
      showSupportNotice: false, // a line on the server's console at each language's first page
    });
    t = instance.t;
    translators.set(lang, t);
  }
  return t;
}
