import type { Taxonomy } from '../taxonomy/index.ts';
import { buildConceptIndex, type ConceptIndex, type TermKind } from './concept-index.ts';
import { detectableLanguages, estimateLanguages, likeliestLanguage, type DetectableLanguage } from './detect-language.ts';
import { findTermMatches, type TermMatch } from './match-terms.ts';
import { canonicalText, tokenize } from './normalize-text.ts';

export type TaggingLanguage = DetectableLanguage;

export interface TagOptions {
  /** The language the author declared (ISO 639-1); detected when missing or not one of de/ro/en/hu. */
  lang?: string | null;
}

export interface ConceptSuggestion {
  key: string;
  /** 0..1; higher means more and more specific evidence. */
  confidence: number;
  /** The passages of the text that matched, as written, in order of appearance. */
  evidence: string[];
}

export interface TaggingResult {
  /** The language the text was read as; null when it was neither declared nor detectable. */
  lang: TaggingLanguage | null;
  concepts: ConceptSuggestion[];
}

/**
 * Proposes taxonomy concepts for a free text. The lexicon tagger below is the first
 * implementation; an embedding or LLM-based tagger can replace it behind this interface.
 */
export interface ConceptTagger {
  tag(text: string, options?: TagOptions): TaggingResult;
}

export interface LexiconTaggerOptions {
  /** Concepts below this confidence are not proposed. */
  threshold?: number;
  maxConcepts?: number;
}

const kindWeight: Record<TermKind, number> = { label: 1, synonym: 0.85, related: 0.35 };
/** Evidence found only inside a compound is a little weaker than a word of its own. */
const COMPOUND_FACTOR = 0.8;
/** English terms in a German, Romanian or Hungarian text: usually right, sometimes a false friend. */
const CROSS_LANGUAGE_FACTOR = 0.9;
/** A term with a foreign word inside ("operator regional de apă") is slightly less certain. */
const GAP_FACTOR = 0.9;
/** Repeating the same term adds a little, never as much as a second, different term. */
const REPEAT_FACTOR = 0.25;

const isTaggingLanguage = (lang: string | null | undefined): lang is TaggingLanguage =>
  !!lang && (detectableLanguages as readonly string[]).includes(lang.toLowerCase());

/** A detected language this likely is settled: the text is read in it (and English) only. */
const SETTLED_PROBABILITY = 0.85;
/** Below this a language is not read at all (English always is). */
const PLAUSIBLE_PROBABILITY = 0.1;
/** Terms of a less likely language keep at least this share of their weight, more the closer it is to the likeliest. */
const DOUBT_FLOOR = 0.6;

/**
 * The languages a text is read in, each with a factor for the weight of its terms. A declared or
 * settled language is read alone (plus English, with the cross-language factor). When detection
 * is unsure, every plausible language is read and its terms count in proportion to how likely it
 * is next to the likeliest one, so "Producem hidrogen verde din energie solară" still finds its
 * concepts if trigrams take it for German.
 */
export function readingsFor(text: string, declared: TaggingLanguage | null): { lang: TaggingLanguage | null; readings: Map<TaggingLanguage, number> } {
  const readings = new Map<TaggingLanguage, number>();
  if (declared) {
    readings.set(declared, 1);
    if (declared !== 'en') readings.set('en', CROSS_LANGUAGE_FACTOR);
    return { lang: declared, readings };
  }
  const estimate = estimateLanguages(text);
  const lang = likeliestLanguage(estimate);
  const [best] = estimate.ranked;
  if (!estimate.evidence) {
    for (const l of detectableLanguages) readings.set(l, 1);
  } else if (best.probability >= SETTLED_PROBABILITY) {
    readings.set(best.lang, 1);
  } else {
    for (const { lang: l, probability } of estimate.ranked) {
      if (probability >= PLAUSIBLE_PROBABILITY) readings.set(l, DOUBT_FLOOR + (1 - DOUBT_FLOOR) * (probability / best.probability));
    }
  }
  // Members mix English into every language, so English terms are always looked for.
  if (!readings.has('en')) readings.set('en', CROSS_LANGUAGE_FACTOR);
  else if (lang && lang !== 'en') readings.set('en', Math.min(readings.get('en')!, CROSS_LANGUAGE_FACTOR));
  return { lang, readings };
}

function matchWeight(match: TermMatch, readingFactor: number): number {
  let weight = kindWeight[match.entry.kind] / match.entry.ambiguity;
  if (match.entry.keys.length > 1) weight = Math.min(1, weight * 1.1);
  if (match.viaCompound) weight *= COMPOUND_FACTOR;
  if (match.gapped) weight *= GAP_FACTOR;
  return weight * readingFactor;
}

/** Drops a match when a longer one covers the same words ("vocational school" hides "school"). */
function withoutContained(matches: TermMatch[]): TermMatch[] {
  const size = (m: TermMatch) => m.end - m.start + 1 - (m.viaCompound ? 0.5 : 0);
  return matches.filter((b) => !matches.some((a) => a.start <= b.start && a.end >= b.end && size(a) > size(b)));
}

export function createLexiconTagger(taxonomy: Taxonomy, options: LexiconTaggerOptions = {}): ConceptTagger {
  const index: ConceptIndex = buildConceptIndex(taxonomy);
  const threshold = options.threshold ?? 0.5;
  const maxConcepts = options.maxConcepts ?? 8;

  return {
    tag(text, tagOptions = {}) {
      const declared = tagOptions.lang?.toLowerCase();
      const { lang, readings } = readingsFor(text, isTaggingLanguage(declared) ? declared : null);
      const tokens = tokenize(text);
      if (tokens.length === 0) return { lang, concepts: [] };

      const matches = withoutContained([...readings.keys()].flatMap((l) => findTermMatches(tokens, index.get(l)!)));

      // Per concept, each stretch of text counts once, with the best term that matched it there.
      const canonical = canonicalText(text);
      const byConcept = new Map<string, Map<string, { weight: number; term: string; at: number; passage: string }>>();
      for (const match of matches) {
        const spans = byConcept.get(match.entry.conceptKey) ?? new Map();
        byConcept.set(match.entry.conceptKey, spans);
        const spanKey = `${match.start}:${match.end}`;
        const weight = matchWeight(match, readings.get(match.entry.lang as TaggingLanguage) ?? 0);
        if ((spans.get(spanKey)?.weight ?? -1) >= weight) continue;
        const at = tokens[match.start].start;
        spans.set(spanKey, { weight, term: `${match.entry.lang}:${match.entry.term}`, at, passage: canonical.slice(at, tokens[match.end].end) });
      }

      const concepts: ConceptSuggestion[] = [];
      for (const [key, spans] of byConcept) {
        const terms = new Map<string, { weight: number; count: number }>();
        for (const { term, weight } of spans.values()) {
          const seen = terms.get(term);
          terms.set(term, { weight: Math.max(weight, seen?.weight ?? 0), count: (seen?.count ?? 0) + 1 });
        }
        let miss = 1;
        for (const { weight, count } of terms.values()) {
          miss *= 1 - weight;
          for (let i = 1; i < count; i++) miss *= 1 - weight * REPEAT_FACTOR;
        }
        const confidence = Math.round((1 - miss) * 1000) / 1000;
        if (confidence < threshold) continue;
        const ordered = [...spans.values()].sort((a, b) => a.at - b.at).map((s) => s.passage);
        concepts.push({ key, confidence, evidence: [...new Set(ordered)] });
      }
      concepts.sort((a, b) => b.confidence - a.confidence || a.key.localeCompare(b.key));
      return { lang, concepts: concepts.slice(0, maxConcepts) };
    },
  };
}
