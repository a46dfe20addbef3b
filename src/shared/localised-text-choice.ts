import { uiLocales, type UiLocale } from './locales.ts';
import type { LocalisedTexts } from './localised-texts.schemas.ts';

export interface ShownText {
  text: string;
  /** The language of the text shown (for the lang attribute). */
  lang: UiLocale;
  /** The reader's language had no text, so another one is shown: say which. */
  fallback: boolean;
  /** The text shown is the original (not a translation). */
  original: boolean;
}

/**
 * Which text of a record to show a reader: the reader's language when it has one; else the
 * original, which is what the writer meant; else any other, in the interface languages' order.
 */
export function chooseText(texts: LocalisedTexts | undefined, originalLang: UiLocale, readerLang: string): ShownText | undefined {
  if (!texts) return undefined;
  const own = texts[readerLang as UiLocale];
  if (own) return { text: own, lang: readerLang as UiLocale, fallback: false, original: readerLang === originalLang };
  const lang = [originalLang, ...uiLocales].find((l) => texts[l]);
  if (!lang) return undefined;
  return { text: texts[lang]!, lang, fallback: true, original: lang === originalLang };
}
