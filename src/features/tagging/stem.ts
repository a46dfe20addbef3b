import snowball, { type SnowballStemmer } from 'snowball-stemmers';
import { restoreGermanUmlauts, stripDiacritics } from './normalize-text.ts';

export const stemLanguages = ['de', 'ro', 'en', 'hu'] as const;
export type StemLanguage = (typeof stemLanguages)[number];

const algorithmFor: Record<StemLanguage, string> = { de: 'german', ro: 'romanian', en: 'english', hu: 'hungarian' };

const stemmers = new Map<StemLanguage, SnowballStemmer>();
const caches = new Map<StemLanguage, Map<string, string>>();

/** Snowball stem of a lower-case word ("bewässerungssysteme" → "bewasserungssystem", "orașelor" → "oraș"). */
export function stem(word: string, lang: StemLanguage): string {
  let cache = caches.get(lang);
  if (!cache) {
    cache = new Map();
    caches.set(lang, cache);
  }
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  let stemmer = stemmers.get(lang);
  if (!stemmer) {
    stemmer = snowball.newStemmer(algorithmFor[lang]);
    stemmers.set(lang, stemmer);
  }
  const result = stemmer.stem(word.toLowerCase());
  if (cache.size > 50_000) cache.clear();
  cache.set(word, result);
  return result;
}

/**
 * The keys under which a word is matched in a language. A word and a term match when they share
 * a key. Besides the stem, the unstemmed word is a key (Snowball's Hungarian stemmer cuts "fórum"
 * to "fóru" but "fórumokat" to "fórum"), and spellings without diacritics get keys of their own:
 * Romanian "irigatii" must meet "irigații", whose stem differs once the diacritics are gone, and
 * German "Bewaesserung" must meet "Bewässerung".
 */
export function matchKeys(word: string, lang: StemLanguage): string[] {
  const lower = word.toLowerCase();
  const keys = new Set<string>();
  if (lang === 'de') {
    const plain = lower.replace(/ß/g, 'ss');
    const spellings = /ae|oe|ue/.test(plain) ? [plain, restoreGermanUmlauts(plain)] : [plain];
    for (const spelling of spellings) {
      keys.add(stripDiacritics(stem(spelling, 'de')));
      keys.add(stripDiacritics(spelling));
    }
  } else if (lang === 'en') {
    keys.add(stem(stripDiacritics(lower), 'en'));
    keys.add(stripDiacritics(lower));
  } else {
    keys.add(stripDiacritics(stem(lower, lang)));
    keys.add(stem(stripDiacritics(lower), lang));
    keys.add(stripDiacritics(lower));
  }
  return [...keys];
}
