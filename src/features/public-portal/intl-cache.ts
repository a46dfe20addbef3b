/**
 * Intl formatters made once per language (and options), not per call: building one costs about
 * as much as rendering a small section, and a page used dozens. They hold no state.
 */
const cache = new Map<string, unknown>();

function cached<T>(key: string, make: () => T): T {
  let value = cache.get(key) as T | undefined;
  if (value === undefined) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

export const displayNames = (lang: string, type: 'region' | 'language') => cached(`names:${lang}:${type}`, () => new Intl.DisplayNames([lang], { type }));

export const dateTimeFormat = (lang: string, options: Intl.DateTimeFormatOptions) =>
  cached(`date:${lang}:${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(lang, options));

export const numberFormat = (lang: string, options: Intl.NumberFormatOptions) =>
  cached(`number:${lang}:${JSON.stringify(options)}`, () => new Intl.NumberFormat(lang, options));

/** A country's name in a language ("RO" → "Rumänien"). */
export const countryName = (code: string, lang: string) => displayNames(lang, 'region').of(code) ?? code;

/** A language's name in a language ("de" → "német" in Hungarian). */
export const languageName = (code: string, lang: string) => displayNames(lang, 'language').of(code) ?? code;
