import { foldForLookup as fold } from '../../shared/text-normalize.ts';
import { crossLanguageLexicon, getTaxonomy } from '../taxonomy/index.ts';

/**
 * Typos in a query word ("irigation", "universty"): the words the taxonomy and the cross-language
 * lexicon know, in four languages, are the dictionary; a query word they do not know, one edit
 * (a letter left out, added, changed, or two swapped) away from words they do, is asked for as
 * written or as those words. Only words of MIN_TYPO_WORD letters or more: shorter ones have too
 * many neighbours.
 */
export const MIN_TYPO_WORD = 6;
const MAX_CORRECTIONS = 2;

let dictionary: Map<string, string> | undefined;
/** Folded word → the word as the taxonomy or lexicon writes it. Built once, from shipped data only. */
function knownWords(): Map<string, string> {
  if (dictionary) return dictionary;
  const words = new Map<string, string>();
  const add = (text: string) => {
    for (const w of text.match(/\p{L}+/gu) ?? []) if (w.length >= MIN_TYPO_WORD - 1 && !words.has(fold(w))) words.set(fold(w), w.toLowerCase());
  };
  for (const concept of getTaxonomy().concepts) {
    Object.values(concept.labels).forEach(add);
    Object.values(concept.synonyms).flat().forEach(add);
  }
  for (const entry of crossLanguageLexicon) Object.values(entry.words).flat().forEach(add);
  dictionary = words;
  return words;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** Every string one edit away from `w` (folded letters): about 55 per letter of the word. */
export function oneEditAway(w: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i <= w.length; i++) {
    const [head, tail] = [w.slice(0, i), w.slice(i)];
    if (tail) out.add(head + tail.slice(1));
    if (tail.length > 1) out.add(head + tail[1] + tail[0] + tail.slice(2));
    for (const c of LETTERS) {
      if (tail) out.add(head + c + tail.slice(1));
      out.add(head + c + tail);
    }
  }
  out.delete(w);
  return out;
}

/** Words the dictionary knows one edit away from a word it does not know; none for a known or short word. */
export function typoCorrections(word: string): string[] {
  const folded = fold(word);
  if (folded.length < MIN_TYPO_WORD || !/^[a-z]+$/.test(folded)) return [];
  const known = knownWords();
  if (known.has(folded)) return [];
  const found: string[] = [];
  for (const candidate of [...oneEditAway(folded)].sort()) {
    const written = known.get(candidate);
    if (written && !found.includes(written)) found.push(written);
    if (found.length > MAX_CORRECTIONS) return []; // too many neighbours: no guess is better than a wrong one
  }
  return found;
}
