import { uiLocales, type UiLocale } from '../../shared/locales.ts';
import type { LocalisedTexts } from '../../shared/localised-texts.schemas.ts';

/** A form's texts: one (possibly empty) string per interface language. */
export type TextsForm = Record<UiLocale, string>;

export const emptyTexts = (): TextsForm => ({ de: '', ro: '', en: '', hu: '' });

export const textsToForm = (texts: LocalisedTexts | null | undefined): TextsForm => ({ ...emptyTexts(), ...texts });

/** The texts to send: blank languages are left out (the API refuses empty texts). */
export function formToTexts(form: TextsForm): LocalisedTexts {
  const texts: LocalisedTexts = {};
  for (const lang of uiLocales) if (form[lang].trim()) texts[lang] = form[lang];
  return texts;
}

/** A form text with one language changed. */
export const withText = (form: TextsForm, lang: UiLocale, text: string): TextsForm => ({ ...form, [lang]: text });

/** The interface language as one of the four a record's texts can be in. */
export const uiLocaleOf = (lang: string): UiLocale => ((uiLocales as readonly string[]).includes(lang) ? (lang as UiLocale) : 'en');
