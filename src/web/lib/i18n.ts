import i18n, { type BackendModule } from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import { uiLocales, type UiLocale } from '../../shared/locales.ts';
import { bundledCatalogue, bundledLanguage, loadCatalogue } from './catalogues.ts';
import { uiLanguage } from './ui-language.ts';

export const languageNames: Record<UiLocale, string> = { de: 'Deutsch', ro: 'Română', en: 'English', hu: 'Magyar' };

// The other languages' catalogues are fetched when chosen: i18next switches language once its
// catalogue has arrived, and react-i18next suspends the first render until then (app.tsx).
const catalogueBackend: BackendModule = {
  type: 'backend',
  init() {},
  read(lng, _namespace, callback) {
    loadCatalogue(lng).then(
      (catalogue) => callback(null, catalogue),
      (error: Error) => callback(error, false),
    );
  },
};

void i18n
  .use(catalogueBackend)
  .use(LanguageDetector)
  .use(initReactI18next)
  .init({
    resources: { [bundledLanguage]: { translation: bundledCatalogue() } },
    partialBundledLanguages: true,
    supportedLngs: [...uiLocales],
    fallbackLng: bundledLanguage,
    nonExplicitSupportedLngs: true,
    load: 'languageOnly',
    interpolation: { escapeValue: false },
    detection: { order: ['localStorage', 'navigator'], caches: ['localStorage'], lookupLocalStorage: 'pontis.language' },
  });

// "ro", not the browser's full tag "ro-RO" that the first languageChanged event carries.
i18n.on('languageChanged', () => {
  document.documentElement.lang = uiLanguage(i18n);
});
document.documentElement.lang = uiLanguage(i18n);

export default i18n;
