import i18n from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import { uiLocales, type UiLocale } from '../../shared/locales.ts';
import { loadCatalogues } from './catalogues.ts';

export const languageNames: Record<UiLocale, string> = { de: 'Deutsch', ro: 'Română', en: 'English', hu: 'Magyar' };

// All four catalogues are bundled: they are small, and switching language must work offline.
void i18n
  .use(LanguageDetector)
  .use(initReactI18next)
  .init({
    resources: loadCatalogues(),
    supportedLngs: [...uiLocales],
    fallbackLng: 'en',
    nonExplicitSupportedLngs: true,
    load: 'languageOnly',
    interpolation: { escapeValue: false },
    detection: { order: ['localStorage', 'navigator'], caches: ['localStorage'], lookupLocalStorage: 'pontis.language' },
  });

i18n.on('languageChanged', (lng) => {
  document.documentElement.lang = lng;
});
document.documentElement.lang = i18n.resolvedLanguage ?? 'en';

export default i18n;
