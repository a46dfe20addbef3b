import crypto from 'node:crypto';
import agricultureNatureEnergy from './lexicon/part-agriculture-nature-energy.json' with { type: 'json' };
import builtIndustryAdministration from './lexicon/part-built-industry-administration.json' with { type: 'json' };
import cultureTourismFood from './lexicon/part-culture-tourism-food.json' with { type: 'json' };
import healthSocialEducation from './lexicon/part-health-social-education.json' with { type: 'json' };

/**
 * Words that mean the same in the four languages but do not look alike (Glocke, clopot, bell,
 * harang; Imker, apicultor, beekeeper, méhész): the vocabulary below the taxonomy's concepts. A
 * concept is a topic editors confirm and partnerships focus on; a lexicon entry is only a meaning,
 * so that texts the taxonomy does not cover still meet across languages (tagging/evidence-terms.ts
 * turns each entry into one evidence term). 865 meanings in four parts by field, written
 * for profiles, offers and requests of municipal ecosystems, without reading any evaluation set;
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

export const crossLanguageLexicon: readonly LexiconEntry[] = mergeParts();

/** Changes with any word: the stored evidence terms are rebuilt when it does (taxonomy.service.ts). */
export const lexiconFingerprint = crypto.createHash('sha256').update(JSON.stringify(crossLanguageLexicon)).digest('hex');
