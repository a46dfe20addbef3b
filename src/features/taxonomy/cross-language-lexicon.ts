import crypto from 'node:crypto';
import { foldForLookup } from '../../shared/text-normalize.ts';
import agricultureNatureEnergy from './lexicon/part-agriculture-nature-energy.json' with { type: 'json' };
import builtIndustryAdministration from './lexicon/part-built-industry-administration.json' with { type: 'json' };
import cultureTourismFood from './lexicon/part-culture-tourism-food.json' with { type: 'json' };
import healthSocialEducation from './lexicon/part-health-social-education.json' with { type: 'json' };

/**
 * Words that mean the same in the four languages but do not look alike (Glocke, clopot, bell,
 * harang; Imker, apicultor, beekeeper, méhész): the vocabulary below the taxonomy's concepts. A
 * concept is a topic editors confirm and partnerships focus on; a lexicon entry is only a meaning,
 * so that texts the taxonomy does not cover still meet across languages (tagging/evidence-terms.ts
 * turns each entry into one evidence term). 846 meanings (865 before entries listing one meaning
 * under two ids were merged) in four parts by field, written for profiles, offers and requests of
 * municipal ecosystems, without reading any evaluation set;
 * words with another meaning in one of the languages (de "Rat", ro "mare", hu "méh") are left out.
 */
export type LexiconLanguage = 'de' | 'ro' | 'en' | 'hu';
export const lexiconLanguages: readonly LexiconLanguage[] = ['de', 'ro', 'en', 'hu'];

export interface LexiconEntry {
  /** The meaning, in English kebab-case ("bell", "fire-brigade"). */
  id: string;
  /** Base form first, then the inflected and compound forms texts use. */
  words: Record<LexiconLanguage, readonly string[]>;
}

type LexiconPart = readonly ({ id: string } & Record<LexiconLanguage, readonly string[]>)[];
const parts: readonly LexiconPart[] = [agricultureNatureEnergy, builtIndustryAdministration, cultureTourismFood, healthSocialEducation];

/** The entries of all parts; an id in several parts (honey, flood) is one meaning with all their words. */
function mergeParts(): LexiconEntry[] {
  const byId = new Map<string, Record<LexiconLanguage, string[]>>();
  for (const part of parts) {
    for (const entry of part) {
      const words = byId.get(entry.id) ?? { de: [], ro: [], en: [], hu: [] };
      for (const lang of lexiconLanguages) for (const w of entry[lang]) if (!words[lang].includes(w)) words[lang].push(w);
      byId.set(entry.id, words);
    }
  }
  return [...byId.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([id, words]) => ({ id, words }));
}

/** Forms two entries must share to be one meaning listed twice under two ids. */
const SAME_MEANING_FORMS = 3;

/**
 * One meaning listed twice under different ids (written by different hands: one in health, one
 * in social care) shares most of its forms; each shared form would then be "ambiguous" and carry
 * no meaning at all (evidence-terms.ts), so the meaning got lost exactly where it was listed
 * twice. Entries sharing SAME_MEANING_FORMS folded forms or more are merged, pairwise (the pair
 * sharing most first; an entry merges once, so broader and narrower meanings never chain into
 * one); a form two entries share fewer times stays ambiguous (a true homograph: de "Rat").
 */
function mergeSameMeanings(entries: LexiconEntry[]): LexiconEntry[] {
  const forms = entries.map((e) => new Set(lexiconLanguages.flatMap((l) => e.words[l].map(foldForLookup))));
  const holders = new Map<string, number[]>();
  forms.forEach((set, i) => set.forEach((f) => holders.set(f, [...(holders.get(f) ?? []), i])));
  const shared = new Map<string, number>();
  for (const list of holders.values()) {
    for (let a = 0; a < list.length; a++)
      for (let b = a + 1; b < list.length; b++) shared.set(`${list[a]} ${list[b]}`, (shared.get(`${list[a]} ${list[b]}`) ?? 0) + 1);
  }
  const pairs = [...shared]
    .filter(([, n]) => n >= SAME_MEANING_FORMS)
    .map(([key, n]) => ({ pair: key.split(' ').map(Number) as [number, number], n }))
    .sort((x, y) => y.n - x.n || x.pair[0] - y.pair[0] || x.pair[1] - y.pair[1]);
  const mergedInto = new Map<number, number>();
  const merged = new Set<number>();
  for (const {
    pair: [a, b],
  } of pairs) {
    if (merged.has(a) || merged.has(b)) continue;
    merged.add(a).add(b);
    mergedInto.set(b, a);
  }
  const out = entries.map((e) => ({
    id: e.id,
    words: Object.fromEntries(lexiconLanguages.map((l) => [l, [...e.words[l]]])) as Record<LexiconLanguage, string[]>,
  }));
  for (const [from, to] of mergedInto) {
    for (const l of lexiconLanguages) for (const w of out[from].words[l]) if (!out[to].words[l].includes(w)) out[to].words[l].push(w);
  }
  return out.filter((_, i) => !mergedInto.has(i));
}

export const crossLanguageLexicon: readonly LexiconEntry[] = mergeSameMeanings(mergeParts());

/** Changes with any word: the stored evidence terms are rebuilt when it does (taxonomy.service.ts). */
export const lexiconFingerprint = crypto.createHash('sha256').update(JSON.stringify(crossLanguageLexicon)).digest('hex');
