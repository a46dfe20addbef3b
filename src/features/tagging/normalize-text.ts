/**
 * Text normalisation for concept matching. Members type on many keyboards: Romanian with the
 * legacy cedilla letters (ş, ţ) or without diacritics at all, German with "ae" for "ä", Hungarian
 * with the Latin-1 look-alikes (õ, û) for ő and ű. Everything here is pure and deterministic.
 */

/** Romanian comma-below letters are the correct ones; the cedilla forms are legacy encodings. */
export function unifyRomanianLetters(text: string): string {
  return text.replace(/ş/g, 'ș').replace(/ţ/g, 'ț').replace(/Ş/g, 'Ș').replace(/Ţ/g, 'Ț');
}

/** Hungarian double acute letters typed with tilde or circumflex on Latin-1 keyboards. */
function unifyHungarianLetters(text: string): string {
  return text.replace(/[õô]/g, 'ő').replace(/[ÕÔ]/g, 'Ő').replace(/û/g, 'ű').replace(/Û/g, 'Ű');
}

/** NFC and unified letters, case preserved (acronyms such as "KI" or "IoT" need their case). */
export function canonicalText(text: string): string {
  return unifyHungarianLetters(unifyRomanianLetters(text.normalize('NFC')));
}

/** Lower case, NFC, Romanian ș/ț unified: the form every other step works on. */
export function normalizeText(text: string): string {
  return canonicalText(text).toLowerCase();
}

/** Removes every diacritic (ă→a, ș→s, ő→o, ü→u) and writes ß as ss. */
export function stripDiacritics(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/ß/g, 'ss').normalize('NFC');
}

/**
 * German spelling without umlauts and sharp s, as typed on foreign keyboards:
 * "Bewässerung" and "Bewaesserung", "Straße" and "Strasse" fold to the same string.
 */
export function foldGerman(text: string): string {
  return normalizeText(text).replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss');
}

/** The umlaut spelling a transliterated German word may stand for ("bewaesserung" → "bewässerung"). */
export function restoreGermanUmlauts(word: string): string {
  return word.replace(/ae/g, 'ä').replace(/oe/g, 'ö').replace(/ue/g, 'ü');
}

/** True when two strings are the same word up to case, Unicode form, ș/ş and, for German, ä/ae, ö/oe, ü/ue, ß/ss. */
export function sameTerm(a: string, b: string, lang?: string): boolean {
  if (lang === 'de') return foldGerman(a) === foldGerman(b);
  return normalizeText(a) === normalizeText(b);
}

export interface Token {
  /** The token as written (NFC, letters unified, case kept). */
  surface: string;
  /** Lower-case form used for matching. */
  text: string;
  /** Offsets into `canonicalText(input)`. */
  start: number;
  end: number;
}

/** Splits into words of letters and digits; hyphens, apostrophes and punctuation separate words. */
export function tokenize(input: string): Token[] {
  const text = canonicalText(input);
  const tokens: Token[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const start = m.index ?? 0;
    tokens.push({ surface: m[0], text: m[0].toLowerCase(), start, end: start + m[0].length });
  }
  return tokens;
}
