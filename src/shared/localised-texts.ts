import { uiLocales, type LocalisedText, type UiLocale } from './locales.ts';
import type { LocalisedTexts } from './localised-texts.schemas.ts';

/** Estimates a text's language (tagging/detect-language.ts); null when the evidence is too thin. */
export type EstimateLanguage = (text: string) => string | null;

const isUiLocale = (lang: string | null | undefined): lang is UiLocale => !!lang && (uiLocales as readonly string[]).includes(lang);

/**
 * The language of a record stored before it had one (migration 0020): its stored original, else
 * the estimate over all its texts together (a title alone is often too short to tell), else
 * English.
 */
export function recordLanguage(originalLang: string | null, stored: LocalisedText[][], estimate: EstimateLanguage): UiLocale {
  if (isUiLocale(originalLang)) return originalLang;
  const declared = stored.flat().find((t) => isUiLocale(t.lang))?.lang;
  if (isUiLocale(declared)) return declared;
  const estimated = estimate(
    stored
      .flat()
      .map((t) => t.text)
      .join('\n'),
  );
  return isUiLocale(estimated) ? estimated : 'en';
}

/** Stored texts keyed by language; a text without a language is taken as the record's language. */
export function textsByLanguage(stored: LocalisedText[], recordLang: UiLocale): LocalisedTexts {
  const texts: LocalisedTexts = {};
  for (const t of stored) {
    const lang = t.lang ? t.lang : recordLang;
    if (isUiLocale(lang) && texts[lang] === undefined && t.text) texts[lang] = t.text;
  }
  return texts;
}

/** Texts as stored: the original language first, then the interface languages in their order. */
export function storedTexts(texts: LocalisedTexts | null | undefined, originalLang: UiLocale): LocalisedText[] {
  if (!texts) return [];
  const order = [originalLang, ...uiLocales.filter((l) => l !== originalLang)];
  return order.flatMap((lang) => (texts[lang] ? [{ lang, text: texts[lang] }] : []));
}

/**
 * The original language of a written record: the one the writer names, else the current one
 * while the title still has a text in it, else the first language the title is given in.
 * Returns null when the named language has no title (the caller refuses that).
 */
export function chooseOriginalLanguage(named: UiLocale | undefined, current: UiLocale | null, title: LocalisedTexts): UiLocale | null {
  if (named) return title[named] ? named : null;
  if (current && title[current]) return current;
  return uiLocales.find((l) => title[l]) ?? null;
}
