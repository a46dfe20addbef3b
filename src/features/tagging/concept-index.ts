import type { Taxonomy, TaxonomyConcept } from '../taxonomy/index.ts';
import { foldGerman, tokenize } from './normalize-text.ts';
import { createCompoundSplitter, germanLinkingElements, type CompoundSplitter } from './split-compound.ts';
import { matchKeys, stemLanguages, type StemLanguage } from './stem.ts';

export type TermKind = 'label' | 'synonym' | 'related';

/** One way of saying a concept in one language, prepared for matching. */
export interface TermEntry {
  conceptKey: string;
  lang: StemLanguage;
  term: string;
  kind: TermKind;
  /** Match keys per word of the term; empty for acronyms. */
  keys: readonly (readonly string[])[];
  /** Letters per word of the term, to tell inflection from derivation (see match-terms.ts). */
  lengths: readonly number[];
  /** Acronyms ("KI", "IoT", "ÖPNV") match case-sensitively: "ki" is a common Hungarian word. */
  acronym?: string;
  /** How many concepts share this wording in this language (1 = unambiguous). */
  ambiguity: number;
}

export interface LanguageIndex {
  lang: StemLanguage;
  byFirstKey: ReadonlyMap<string, readonly TermEntry[]>;
  acronyms: ReadonlyMap<string, readonly TermEntry[]>;
  /** Splits compounds into words of this language's vocabulary; null where compounds are rare. */
  splitter: CompoundSplitter | null;
}

export type ConceptIndex = ReadonlyMap<StemLanguage, LanguageIndex>;

const isAcronym = (term: string): boolean => /^[\p{L}\p{N}]+$/u.test(term) && (term.match(/\p{Lu}/gu)?.length ?? 0) >= 2;

function termsOf(concept: TaxonomyConcept, lang: StemLanguage): { term: string; kind: TermKind }[] {
  return [
    { term: concept.labels[lang], kind: 'label' as const },
    ...concept.synonyms[lang].map((term) => ({ term, kind: 'synonym' as const })),
    ...(concept.related?.[lang] ?? []).map((term) => ({ term, kind: 'related' as const })),
  ];
}

/** Compound splitting is worth it where words are glued: German and Hungarian. */
function splitterFor(lang: StemLanguage, words: Set<string>): CompoundSplitter | null {
  if (lang === 'de') return createCompoundSplitter(words, { linkingElements: germanLinkingElements, minPartLength: 4, fold: foldGerman });
  if (lang === 'hu') return createCompoundSplitter(words, { minPartLength: 4 });
  return null;
}

interface Draft {
  entry: Omit<TermEntry, 'ambiguity'>;
  signature: string;
}

/** Builds the per-language term index from a taxonomy; pure, so it can be cached by the caller. */
export function buildConceptIndex(taxonomy: Taxonomy): ConceptIndex {
  const index = new Map<StemLanguage, LanguageIndex>();
  for (const lang of stemLanguages) {
    const drafts: Draft[] = [];
    const vocabulary = new Set<string>();
    const ownersBySignature = new Map<string, Set<string>>();
    for (const concept of taxonomy.concepts) {
      for (const { term, kind } of termsOf(concept, lang)) {
        const words = tokenize(term);
        if (words.length === 0) continue;
        const acronym = words.length === 1 && isAcronym(words[0].surface) ? words[0].surface : undefined;
        const keys = acronym ? [] : words.map((w) => matchKeys(w.text, lang));
        if (!acronym) for (const w of words) vocabulary.add(w.text);
        const signature = acronym ?? keys.map((k) => k[0]).join(' ');
        const owners = ownersBySignature.get(signature) ?? new Set<string>();
        owners.add(concept.key);
        ownersBySignature.set(signature, owners);
        drafts.push({ entry: { conceptKey: concept.key, lang, term, kind, keys, lengths: words.map((w) => w.text.length), acronym }, signature });
      }
    }
    const byFirstKey = new Map<string, TermEntry[]>();
    const acronyms = new Map<string, TermEntry[]>();
    const seen = new Set<string>();
    // Labels come first in each concept's list, so the strongest kind survives de-duplication.
    for (const { entry, signature } of drafts) {
      const dedupe = `${entry.conceptKey}\u0000${signature}`;
      if (seen.has(dedupe)) continue;
      seen.add(dedupe);
      const final: TermEntry = { ...entry, ambiguity: ownersBySignature.get(signature)?.size ?? 1 };
      if (final.acronym) acronyms.set(final.acronym, [...(acronyms.get(final.acronym) ?? []), final]);
      else for (const key of final.keys[0]) byFirstKey.set(key, [...(byFirstKey.get(key) ?? []), final]);
    }
    index.set(lang, { lang, byFirstKey, acronyms, splitter: splitterFor(lang, vocabulary) });
  }
  return index;
}
