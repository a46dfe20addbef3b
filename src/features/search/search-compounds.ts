import { foldForLookup } from '../../shared/text-normalize.ts';
import { createCompoundSplitter, germanLinkingElements, type CompoundSplitter } from '../tagging/index.ts';
import { crossLanguageLexicon, getTaxonomy } from '../taxonomy/index.ts';
import { oneEditAway } from './search-typos.ts';
import germanParts from './compound-parts/de.json' with { type: 'json' };
import hungarianParts from './compound-parts/hu.json' with { type: 'json' };

/**
 * German and Hungarian glue words together: a sports club writes "Breitensportverein" and
 * "Jugendmannschaften", an adult school "Integrationskurse", a Cluj firm "szoftverfejlesztés",
 * while a visitor types "Sportverein Jugend" or "Deutschkurse". Full text matches whole words
 * only, so the index also holds the known parts of a row's compounds (search-index.ts), and a
 * query compound may also be met by its parts (search-query.ts).
 *
 * The parts are words of a vocabulary (the lists in compound-parts/, written for the fields
 * Pontis serves, plus the taxonomy's and the lexicon's words): the splitter never invents a word.
 */
export type CompoundLanguage = 'de' | 'hu';
export const compoundLanguages: readonly CompoundLanguage[] = ['de', 'hu'];

/** Shorter words are rarely compounds, and splitting them ("Dortmund": dort + mund) goes wrong more often than right. */
const MIN_COMPOUND_LETTERS = 9;
/** Shorter parts match by accident ("amt", "bau"). */
const MIN_PART_LETTERS = 4;

const wordsOf = (text: string) => text.match(/\p{L}+/gu) ?? [];

function vocabulary(lang: CompoundLanguage): string[] {
  const listed: readonly string[] = lang === 'de' ? germanParts : hungarianParts;
  const taxonomy = getTaxonomy().concepts.flatMap((c) => [c.labels[lang], ...c.synonyms[lang], ...(c.related?.[lang] ?? [])]);
  const lexicon = crossLanguageLexicon.flatMap((e) => e.words[lang]);
  return [...listed, ...[...taxonomy, ...lexicon].flatMap(wordsOf)];
}

/**
 * Everyday three-letter nouns that often begin a compound ("Gasversorgung", "Radweg",
 * "vízszolgáltató", "háztartás"), accepted as a first part only: anywhere else a part must have
 * MIN_PART_LETTERS.
 */
const shortFirstParts: Record<CompoundLanguage, readonly string[]> = {
  de: ['Bau', 'Bio', 'Bus', 'Gas', 'Hof', 'Not', 'Öko', 'Ost', 'Rad', 'Rat', 'See', 'Süd', 'Tor', 'Weg', 'Zoo'],
  hu: ['víz', 'gáz', 'ház', 'tér', 'kép', 'kör', 'fal', 'sör', 'bor', 'tej', 'hús', 'vas', 'hal', 'kéz'],
};

interface LanguageSplitter {
  splitter: CompoundSplitter;
  /** The vocabulary, folded: the words a misspelt last part may have meant. */
  words: ReadonlySet<string>;
  /** shortFirstParts, folded. */
  shortFirst: ReadonlySet<string>;
}

const splitters = new Map<CompoundLanguage, LanguageSplitter>();

/** Folded as the index folds (unaccent, lower case): "Grün" is "grun" there, not "gruen". */
function splitterOf(lang: CompoundLanguage): LanguageSplitter {
  let entry = splitters.get(lang);
  if (!entry) {
    const words = vocabulary(lang);
    entry = {
      splitter: createCompoundSplitter(words, {
        linkingElements: lang === 'de' ? germanLinkingElements : [],
        minPartLength: MIN_PART_LETTERS,
        fold: foldForLookup,
        shortFirstParts: shortFirstParts[lang],
      }),
      words: new Set(words.map(foldForLookup).filter((w) => w.length >= MIN_PART_LETTERS)),
      shortFirst: new Set(shortFirstParts[lang].map(foldForLookup)),
    };
    splitters.set(lang, entry);
  }
  return entry;
}

const splitterFor = (lang: CompoundLanguage) => splitterOf(lang).splitter;

/** Inflection endings a compound may carry after its last part ("-en", Hungarian "-ban", "-ot"). */
const MAX_ENDING_LETTERS = 3;

/**
 * The known parts of a compound when they spell all of it but for an ending, else []. An unknown
 * stretch before or between the parts ("Dort|mund|er") means the word is not made of them.
 */
function knownParts(folded: string, lang: CompoundLanguage, maxEnding = MAX_ENDING_LETTERS): string[] {
  if (folded.length < MIN_COMPOUND_LETTERS) return [];
  const parts = splitterFor(lang).split(folded);
  const last = parts.length - 1;
  if (parts.some((p, i) => !p.known && (i !== last || p.text.length > maxEnding))) return [];
  const known = parts.filter((p) => p.known).map((p) => p.text);
  return known.length >= 2 || (known.length === 1 && known[0] !== folded) ? known : [];
}

/**
 * The words inside one compound worth indexing: each known part, the parts of a part that is a
 * compound itself ("breitensport": sport), and each run of parts the word spells as such
 * ("jugendmannschaft" in "jugendmannschaften"). Runs joined across a linking element
 * ("integration|s|kurs") are not words and are left out.
 */
export function partsOfCompound(word: string, lang: CompoundLanguage): string[] {
  const folded = foldForLookup(word);
  const out = new Set<string>();
  // A part is a word: it carries no ending, so its own parts must spell all of it ("mann|schaf|t" is no split).
  const collect = (w: string, depth: number) => {
    const parts = knownParts(w, lang, depth === 0 ? MAX_ENDING_LETTERS : 0);
    for (let i = 0; i < parts.length; i++) {
      let run = '';
      for (let j = i; j < parts.length; j++) {
        run += parts[j];
        if (run !== w && w.includes(run) && !out.has(run)) {
          out.add(run);
          if (j === i && depth < 2) collect(run, depth + 1);
        }
      }
    }
  };
  collect(folded, 0);
  out.delete(folded);
  return [...out];
}

/** The parts of every compound of a text, as one text for to_tsvector in the text's language. */
export function compoundPartsText(text: string, lang: string | null | undefined): string {
  if (lang !== 'de' && lang !== 'hu') return '';
  return [...new Set(wordsOf(text).flatMap((w) => partsOfCompound(w, lang)))].join(' ');
}

/**
 * How a query word may be met by its parts: for each language whose vocabulary covers it but for
 * an ending, the known parts, all of which a row must hold ("Sportverein": sport and verein).
 */
export function queryWordParts(word: string): string[][] {
  const folded = foldForLookup(word);
  const readings = compoundLanguages.map((lang) => knownParts(folded, lang)).filter((parts) => parts.length >= 2);
  if (!readings.length) readings.push(...compoundLanguages.flatMap((lang) => misspeltLastPart(folded, lang)));
  const seen = new Set<string>();
  return readings.filter((r) => !seen.has(r.join(' ')) && seen.add(r.join(' ')));
}

/** A last part this long at least is corrected; shorter ones have too many neighbours. */
const MIN_CORRECTED_PART = 6;

/**
 * A compound whose first parts are known and whose last part is one edit from a known word
 * ("vízszolgáltató" typed with a letter left out): the typo corrector knows whole words only, and
 * the compound is none. Only when the correction is unambiguous.
 */
function misspeltLastPart(folded: string, lang: CompoundLanguage): string[][] {
  if (folded.length < MIN_COMPOUND_LETTERS || !/^[a-z]+$/.test(folded)) return [];
  const { words, shortFirst } = splitterOf(lang);
  const readings: string[][] = [];
  for (let cut = 3; folded.length - cut >= MIN_CORRECTED_PART; cut++) {
    const head = folded.slice(0, cut);
    const headParts = words.has(head) || shortFirst.has(head) ? [head] : knownParts(head, lang, 0);
    if (!headParts.length) continue;
    const rest = folded.slice(cut);
    if (words.has(rest)) continue; // not misspelt: knownParts would have read it
    const fixes = [...oneEditAway(rest)].filter((candidate) => words.has(candidate));
    if (fixes.length === 1) readings.push([...headParts, fixes[0]]);
  }
  return readings.length === 1 ? readings : [];
}

/**
 * The query with each compound written as its parts ("vízszolgáltató" → "víz szolgáltató", folded),
 * for the concept and domain taggers: a head that is only a domain word still brings its concepts.
 * Empty when no word of the query is a compound.
 */
export function queryWithCompoundsApart(text: string): string {
  let changed = false;
  const apart = text.replace(/\p{L}+/gu, (word) => {
    const [reading] = queryWordParts(word);
    if (!reading) return word;
    changed = true;
    return reading.join(' ');
  });
  return changed ? apart : '';
}
