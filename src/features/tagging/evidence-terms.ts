import { stopwordsOf } from './detect-language.ts';
import { canonicalText, stripDiacritics } from './normalize-text.ts';
import { commonSpelling } from './common-spelling.ts';
import { genericKeys, genericWords } from './generic-words.ts';
import { crossLanguageLexicon } from '../taxonomy/index.ts';

/**
 * Words as language-independent evidence, for texts the taxonomy does not cover (issue 14): beekeeping,
 * sign language, a rare disease. A term is a key two texts share when they name the same thing in
 * any of the four languages, without a dictionary:
 * - `#lorawan`, `#iso27001`, `#car-t`: acronyms, product names and codes (a capital inside the
 *   word, several capitals, or letters with digits) are written alike in every language;
 * - `~paliat`: a cognate stem, the first letters of a word spelled in a rough common orthography
 *   (no diacritics, ph→f, th→t, k→c, y→i, w→v, no doubled letters), so that "Palliativ",
 *   "paliative", "palliative" and "palliatív" meet, as do "Telemedizin" and "telemedicină".
 * - `~=bell`: a meaning of the cross-language lexicon (taxonomy/cross-language-lexicon.ts), for the
 *   words that mean the same without looking alike: "Glocke", "clopotele", "bells" and "harangok".
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

/** Evidence terms of lexicon meanings start so ("~=bell"): a word in any language stands for them. */
export const MEANING_PREFIX = '~=';

/** The lexicon meanings among a text's words: what a search for "Glocke" also asks for ("~=bell"). */
export const lexiconMeanings = (text: string): string[] => evidenceTerms(text).filter((t) => t.startsWith(MEANING_PREFIX));

/** The cognate stem of a folded word, before the lexicon is asked; null for a word that carries no evidence. */
function stemKey(folded: string): string | null {
  if (folded.length < MIN_WORD || /^\p{N}+$/u.test(folded) || ignorable(folded)) return null;
  const spelled = commonSpelling(folded);
  if (spelled.length < MIN_WORD || genericWords.has(spelled)) return null;
  const key = `~${spelled.slice(0, COGNATE_PREFIX)}`;
  return genericKeys.has(key) ? null : key;
}

type Language = 'de' | 'ro' | 'en' | 'hu';
/**
 * Endings a listed form may carry in a text although the lexicon's writers did not list that form,
 * per language (a Romanian ending on a German word makes "Bach" of "bachelor"): one is taken off.
 */
const ENDINGS: Record<Language, readonly string[]> = {
  de: ['ern', 'en', 'er', 'es', 'e', 'n', 's'],
  en: ['es', 's'],
  ro: ['urilor', 'urile', 'elor', 'ilor', 'ului', 'uri', 'ele', 'lor', 'ul', 'le', 'ii', 'ei', 'a', 'e', 'i'],
  hu: ['ban', 'ben', 'nak', 'nek', 'val', 'vel', 'bol', 'rol', 'tol', 'hoz', 'hez', 'ok', 'ek', 'ak', 'ot', 'et', 'at', 'a', 'e', 'i', 't', 'k'],
};
/**
 * German and Hungarian put the head of a compound last ("Kirchenglocken", "vendégzenekarok"): a
 * word ending in a listed base form of at least MIN_HEAD letters (one ending allowed) means it.
 * Shorter heads are too often the end of an unrelated word ("Tier" in "dokumentieren").
 */
const MIN_HEAD = 6;
const MIN_MODIFIER = 3;
const COMPOUNDING: readonly Language[] = ['de', 'hu'];

interface Lexicon {
  /** Folded form → its meaning and the languages that list it. */
  forms: Map<string, { meaning: string; langs: Set<Language> }>;
  /** Forms two meanings list: they stay plain cognate stems, also with an ending taken off. */
  ambiguous: Set<string>;
  /** Folded base forms of compounding languages, at least MIN_HEAD letters → meaning. */
  heads: Map<string, { meaning: string; langs: Set<Language> }>;
}

/**
 * The lexicon's word forms, folded. A form two meanings share is ambiguous and left out: the word
 * stays a plain cognate stem. Forms are matched whole (never by their first letters: "Lehrstelle"
 * is not "Lehrstuhl", "organic" not "organisieren"), with one ending of their language taken off,
 * or as the head of a compound.
 */
function lexiconLookups(): Lexicon {
  const forms = new Map<string, { meaning: string; langs: Set<Language> } | null>();
  const heads: Lexicon['heads'] = new Map();
  for (const entry of crossLanguageLexicon) {
    const meaning = `${MEANING_PREFIX}${entry.id}`;
    for (const [lang, words] of Object.entries(entry.words) as [Language, readonly string[]][]) {
      words.forEach((word, i) => {
        if (word.includes('-')) return; // a hyphenated word is read part by part: it cannot be one meaning
        const folded = fold(word);
        if (!stemKey(folded)) return;
        const before = forms.get(folded);
        if (before === null) return;
        if (before && before.meaning !== meaning) forms.set(folded, null);
        else forms.set(folded, { meaning, langs: (before?.langs ?? new Set()).add(lang) });
        if (i === 0 && COMPOUNDING.includes(lang) && folded.length >= MIN_HEAD) heads.set(folded, { meaning, langs: new Set([lang]) });
      });
    }
  }
  const listed = new Map([...forms].filter((e): e is [string, { meaning: string; langs: Set<Language> }] => e[1] !== null));
  return {
    forms: listed,
    ambiguous: new Set([...forms].filter(([, v]) => v === null).map(([form]) => form)),
    heads: new Map([...heads].filter(([form, h]) => listed.get(form)?.meaning === h.meaning)),
  };
}
const lexicon = lexiconLookups();

/** The meaning of `folded` in `table`, as it stands or with one ending of a language that lists the base. */
function lookUp(table: Lexicon['forms'], folded: string): string | undefined {
  const found = table.get(folded);
  if (found) return found.meaning;
  for (const [lang, endings] of Object.entries(ENDINGS) as [Language, readonly string[]][]) {
    for (const ending of endings) {
      if (folded.length - ending.length < MIN_WORD || !folded.endsWith(ending)) continue;
      const base = table.get(folded.slice(0, -ending.length));
      if (base?.langs.has(lang)) return base.meaning;
    }
  }
  return undefined;
}

/** The meaning of the head of a compound ("glocken" in "kirchenglocken"), if a listed one ends it. */
function headOf(folded: string): string | undefined {
  for (let i = MIN_MODIFIER; folded.length - i >= MIN_HEAD; i++) {
    const head = lookUp(lexicon.heads, folded.slice(i));
    if (head) return head;
  }
  return undefined;
}

/**
 * The evidence keys of a folded word (none for a word that carries no evidence): its cognate stem
 * and, where it has one, its lexicon meaning. The meaning only adds: a form the lexicon lists
 * still meets the unlisted forms that begin alike ("Sensoren" and "senzorii"), and a compound
 * known by its head still meets its cognates ("Telemedizin" means medicine and meets "telemedicină").
 */
function keysOfFolded(folded: string): string[] {
  const stem = stemKey(folded);
  if (!stem) return [];
  if (lexicon.ambiguous.has(folded)) return [stem];
  const meaning = lookUp(lexicon.forms, folded) ?? headOf(folded);
  return meaning ? [meaning, stem] : [stem];
}

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
    if (!codes[i]) return keysOfFolded(fold(part));
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

/** Each word of a text as written with its terms, in order (words without a term are left out). */
export function wordsWithTerms(text: string): { word: string; terms: string[] }[] {
  const out: { word: string; terms: string[] }[] = [];
  for (const m of canonicalText(text).matchAll(WORDS)) {
    const terms = keysOfWord(m[0]);
    if (terms.length) out.push({ word: m[0], terms });
  }
  return out;
}

/**
 * The words behind some terms, as written (for a reason: "both mention palliative"), at most
 * `max`, one per term. Takes a text or its words already split (wordsWithTerms, for callers that
 * ask about the same text many times).
 */
export function wordsBehindTerms(text: string | readonly { word: string; terms: string[] }[], terms: ReadonlySet<string>, max = 3): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const { word, terms: keys } of typeof text === 'string' ? wordsWithTerms(text) : text) {
    // A word may stand behind two shared terms (its stem and its meaning): it is quoted once.
    const wanted = keys.filter((key) => terms.has(key) && !seen.has(key));
    if (!wanted.length) continue;
    wanted.forEach((key) => seen.add(key));
    out.push(word);
    if (out.length >= max) return out;
  }
  return out;
}
