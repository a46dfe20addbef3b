import { stopwordsOf } from './detect-language.ts';
import { canonicalText, stripDiacritics } from './normalize-text.ts';
import { commonSpelling } from './common-spelling.ts';
import { genericKeys, genericWords } from './generic-words.ts';

/**
 * Words as language-independent evidence, for texts the taxonomy does not cover (issue 14): beekeeping,
 * sign language, a rare disease. A term is a key two texts share when they name the same thing in
 * any of the four languages, without a dictionary:
 * - `#lorawan`, `#iso27001`, `#car-t`: acronyms, product names and codes (a capital inside the
 *   word, several capitals, or letters with digits) are written alike in every language;
 * - `~paliat`: a cognate stem, the first letters of a word spelled in a rough common orthography
 *   (no diacritics, ph→f, th→t, k→c, y→i, w→v, no doubled letters), so that "Palliativ",
 *   "paliative", "palliative" and "palliatív" meet, as do "Telemedizin" and "telemedicină".
 * Function words and the vocabulary every offer uses ("Erfahrung", "partner", "căutăm") carry no
 * evidence and are left out (generic-words.ts); what is left is weighted by rarity where it is used.
 */
export const COGNATE_PREFIX = 6;
/** Words shorter than this are too ambiguous across four languages (de "Rat", en "rat", ro "rată"). */
const MIN_WORD = 4;

const TERM_CAP = 40;

const fold = (word: string) => stripDiacritics(word.toLowerCase());

/** "LoRaWAN", "BIM", "ISO27001", "5G": written the same everywhere; "Dortmund" is not one of these. */
export function isCodeLike(surface: string): boolean {
  if (/\p{N}/u.test(surface) && /\p{L}/u.test(surface)) return true;
  const capitals = surface.match(/\p{Lu}/gu)?.length ?? 0;
  if (surface.length >= 2 && capitals === surface.length) return true;
  return capitals >= 2 && /\p{Ll}/u.test(surface) && !/^\p{Lu}+\p{Ll}*$/u.test(surface);
}

const ignorable = (folded: string) => stopwordsOf.has(folded) || genericWords.has(folded);

/** The cognate key of a folded word, or null for a word that carries no evidence. */
export function cognateKey(folded: string): string | null {
  if (folded.length < MIN_WORD || /^\p{N}+$/u.test(folded) || ignorable(folded)) return null;
  const spelled = commonSpelling(folded);
  if (spelled.length < MIN_WORD || genericWords.has(spelled)) return null;
  const key = `~${spelled.slice(0, COGNATE_PREFIX)}`;
  return genericKeys.has(key) ? null : key;
}

/**
 * The evidence terms of a text, at most TERM_CAP (the longest words first: they say the most),
 * sorted. Hyphenated codes ("CAR-T", "Erasmus+") are kept whole as written.
 */
/**
 * The keys of one written word: a hyphenated code whose parts are all codes or short ("CAR-T",
 * "COVID-19") stays whole; otherwise each part counts on its own ("LoRaWAN-Sensoren").
 */
function keysOfWord(surface: string): string[] {
  const parts = surface.replace(/\+$/, '').split('-');
  const codes = parts.map((p) => isCodeLike(p));
  if (parts.length > 1 && codes.some(Boolean) && parts.every((p, i) => codes[i] || p.length <= 2)) {
    const folded = fold(surface);
    return ignorable(folded) ? [] : [`#${folded}`];
  }
  return parts.flatMap((part, i) => {
    if (!codes[i]) return [cognateKey(fold(part))].filter((k): k is string => k !== null);
    const folded = fold(part);
    return folded.length >= 2 && !ignorable(folded) ? [`#${folded}`] : [];
  });
}

const WORDS = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*\+?/gu;

/** The evidence terms of a text, at most TERM_CAP (codes and then the longest words: they say the most), sorted. */
export function evidenceTerms(text: string): string[] {
  const terms = new Map<string, number>();
  for (const m of canonicalText(text).matchAll(WORDS)) {
    for (const key of keysOfWord(m[0])) {
      const weight = key.startsWith('#') ? 100 : m[0].length;
      terms.set(key, Math.max(terms.get(key) ?? 0, weight));
    }
  }
  return [...terms.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, TERM_CAP)
    .map(([key]) => key)
    .sort();
}

/** The words of a text behind some terms, as written (for a reason: "both mention palliative"). */
export function wordsBehindTerms(text: string, terms: ReadonlySet<string>, max = 3): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const m of canonicalText(text).matchAll(WORDS)) {
    for (const key of keysOfWord(m[0])) {
      if (!terms.has(key) || seen.has(key)) continue;
      seen.add(key);
      out.push(m[0]);
      if (out.length >= max) return out;
    }
  }
  return out;
}
