// Names of countries and languages come from the browser in the reader's language, so the
// catalogues do not have to carry a translated list of every country and language.

/** A country's name from its ISO 3166 code, or the code itself. */
export function countryName(code: string, lang: string): string {
  try {
    return new Intl.DisplayNames([lang], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** A language's name from its ISO 639-1 code, or the code itself. */
export function languageName(code: string, lang: string): string {
  try {
    return new Intl.DisplayNames([lang], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
