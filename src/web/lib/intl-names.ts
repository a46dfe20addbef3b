// Names of countries and languages come from the browser in the reader's language, so the
// catalogues do not have to carry a translated list of every country and language.

const cache = new Map<string, Intl.DisplayNames | null>();

function displayNames(type: 'region' | 'language', lang: string): Intl.DisplayNames | null {
  const key = `${type}:${lang}`;
  if (!cache.has(key)) {
    try {
      cache.set(key, new Intl.DisplayNames([lang], { type }));
    } catch {
      cache.set(key, null);
    }
  }
  return cache.get(key) ?? null;
}

function nameOf(type: 'region' | 'language', code: string, lang: string): string {
  try {
    return displayNames(type, lang)?.of(code) ?? code;
  } catch {
    return code;
  }
}

/** A country's name from its ISO 3166 code, or the code itself. */
export const countryName = (code: string, lang: string): string => nameOf('region', code, lang);

/** A language's name from its ISO 639-1 code as it reads in a sentence ("română"), or the code itself. */
export const languageName = (code: string, lang: string): string => nameOf('language', code, lang);

/** A language's name standing on its own, as a label or an option ("Română"); empty for no code. */
export function languageLabel(code: string | null | undefined, lang: string): string {
  if (!code) return '';
  const name = languageName(code, lang);
  return name !== code ? name.charAt(0).toLocaleUpperCase(lang) + name.slice(1) : code;
}
