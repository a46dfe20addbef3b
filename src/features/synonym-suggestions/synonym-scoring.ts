/**
 * Which words go with a concept, learned from the registry (issue 14): pure counting over texts
 * whose editors confirmed concepts, no I/O. A word or two-word phrase is a candidate synonym of a
 * concept in one language when the texts confirmed with the concept use it in several different
 * organisations (support) and much more often than the texts of that language without it (lift).
 * Whether the tagger already knows a term is the caller's `known` (the use case asks the tagger).
 */

/** One text with the concepts its editor confirmed and the language it is written in. */
export interface ScoringText {
  organisationId: string;
  concepts: readonly string[];
  lang: string;
  text: string;
}

export interface ScoringOptions {
  /** Function words and vocabulary every offer uses: never a term nor part of one (lower case, as written). */
  ignorable: (word: string) => boolean;
  /** Different organisations whose confirmed texts must use the term; one organisation's habit is no synonym. */
  minSupport?: number;
  /** How many times more often the term must occur in the concept's texts than in the others. */
  minLift?: number;
  /** Suggestions kept per concept and language, the best first. */
  maxPerConcept?: number;
  /** Terms to leave out before the cap: those already leading to the concept (the tagger's terms), or not asked for. */
  known?: (conceptKey: string, lang: string, term: string) => boolean;
}

export interface SynonymCandidate {
  conceptKey: string;
  lang: string;
  /** Lower case, as written (diacritics kept); a phrase keeps its space or hyphen. */
  term: string;
  /** Organisations whose texts confirmed with the concept use the term. */
  support: number;
  /** Share of the concept's texts using the term ÷ share of the other texts (smoothed), one decimal. */
  lift: number;
  /** Up to two short passages around the term, from different organisations, as written. */
  examples: string[];
}

export const DEFAULT_MIN_SUPPORT = 3;
export const DEFAULT_MIN_LIFT = 3;
const DEFAULT_MAX_PER_CONCEPT = 10;
/** Shorter words are too ambiguous across four languages to suggest ("rat", "ari"). */
const MIN_WORD_LENGTH = 3;
const SNIPPET_CONTEXT = 40;

interface Occurrence {
  term: string;
  start: number;
  end: number;
}

const unifyRomanian = (word: string) => word.replace(/ş/g, 'ș').replace(/ţ/g, 'ț');

/** A word that may be (part of) a term: long enough, with a letter, and saying something. */
function usable(word: string, ignorable: (word: string) => boolean): boolean {
  return word.length >= MIN_WORD_LENGTH && /\p{L}/u.test(word) && !ignorable(word);
}

/**
 * The distinct terms of a text, each at its first occurrence: single words, and pairs of
 * neighbouring words joined only by spaces or a hyphen (not across a full stop or comma).
 */
export function termsOf(text: string, ignorable: (word: string) => boolean): Occurrence[] {
  const found = new Map<string, Occurrence>();
  const add = (term: string, start: number, end: number) => {
    if (!found.has(term)) found.set(term, { term, start, end });
  };
  let previous: { word: string; start: number; end: number; usable: boolean } | null = null;
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const word = unifyRomanian(m[0].toLowerCase());
    const ok = usable(word, ignorable);
    if (ok) add(word, start, end);
    if (previous && ok && previous.usable) {
      const gap = text.slice(previous.end, start);
      if (/^\s+$/.test(gap)) add(`${previous.word} ${word}`, previous.start, end);
      else if (gap === '-') add(`${previous.word}-${word}`, previous.start, end);
    }
    previous = { word, start, end, usable: ok };
  }
  return [...found.values()];
}

/** A short passage around an occurrence, cut at word boundaries, with ellipses where it was cut. */
export function snippetAround(text: string, start: number, end: number, context = SNIPPET_CONTEXT): string {
  let from = Math.max(0, start - context);
  let to = Math.min(text.length, end + context);
  if (from > 0) from = text.indexOf(' ', from) + 1 || from;
  if (from > start) from = start;
  if (to < text.length) {
    const space = text.lastIndexOf(' ', to);
    if (space >= end) to = space;
  }
  const passage = text.slice(from, to).replace(/\s+/g, ' ').trim();
  return `${from > 0 ? '…' : ''}${passage}${to < text.length ? '…' : ''}`;
}

/** Texts and different organisations using a term; texts are visited by organisation, so the last one tells a new one. */
interface Tally {
  texts: number;
  organisations: number;
  lastOrganisation: string | null;
}

/** An example's place: the text's index and the term's offsets in it. */
interface Place {
  organisationId: string;
  text: number;
  start: number;
  end: number;
}

interface TermInConcept extends Tally {
  /** Two example places, of different organisations (no array: there are many of these and few are suggested). */
  first: Place;
  second: Place | null;
}

interface LanguageCounts {
  texts: number;
  conceptTexts: Map<string, number>;
  terms: Map<string, Tally>;
  /** Concept → term → tally, for the terms enough organisations use at all (the second pass). */
  byConcept: Map<string, Map<string, TermInConcept>>;
}

function countsFor(byLang: Map<string, LanguageCounts>, lang: string): LanguageCounts {
  let counts = byLang.get(lang);
  if (!counts) {
    counts = { texts: 0, conceptTexts: new Map(), terms: new Map(), byConcept: new Map() };
    byLang.set(lang, counts);
  }
  return counts;
}

function tallyOnce(tally: Tally, organisationId: string) {
  tally.texts += 1;
  if (tally.lastOrganisation !== organisationId) {
    tally.organisations += 1;
    tally.lastOrganisation = organisationId;
  }
}

/** Keeps a second place when it is another organisation's. */
function noteExample(entry: TermInConcept, organisationId: string, text: number, at: Occurrence) {
  if (!entry.second && entry.first.organisationId !== organisationId) entry.second = { organisationId, text, start: at.start, end: at.end };
}

/**
 * Smoothed lift: the share of the concept's texts using the term over the share of the other texts
 * using it, with half a text added to the others so that a term absent from them (or no other
 * texts at all) gives a finite number that grows with the evidence.
 */
export function liftOf(termInConcept: number, conceptTexts: number, termTexts: number, allTexts: number): number {
  const inside = termInConcept / conceptTexts;
  const outside = (termTexts - termInConcept + 0.5) / (allTexts - conceptTexts + 1);
  return inside / outside;
}

/**
 * The candidate synonyms of every concept, by concept and language, best first (support, then
 * lift). Two passes: the first counts every term's texts and organisations; the second counts
 * terms by concept only where enough organisations use the term at all, which leaves out most
 * two-word phrases (nearly every one is written once) and keeps a large registry within memory.
 */
export function synonymCandidates(texts: readonly ScoringText[], options: ScoringOptions): SynonymCandidate[] {
  const minSupport = options.minSupport ?? DEFAULT_MIN_SUPPORT;
  const minLift = options.minLift ?? DEFAULT_MIN_LIFT;
  const maxPerConcept = options.maxPerConcept ?? DEFAULT_MAX_PER_CONCEPT;
  const byLang = new Map<string, LanguageCounts>();
  const normalised = texts.map((doc) => doc.text.normalize('NFC'));
  const order = texts
    .map((_, i) => i)
    .sort((a, b) => (texts[a].organisationId < texts[b].organisationId ? -1 : texts[a].organisationId > texts[b].organisationId ? 1 : a - b));

  for (const i of order) {
    const doc = texts[i];
    const counts = countsFor(byLang, doc.lang);
    counts.texts += 1;
    for (const c of new Set(doc.concepts)) counts.conceptTexts.set(c, (counts.conceptTexts.get(c) ?? 0) + 1);
    for (const { term } of termsOf(normalised[i], options.ignorable)) {
      let tally = counts.terms.get(term);
      if (!tally) counts.terms.set(term, (tally = { texts: 0, organisations: 0, lastOrganisation: null }));
      tallyOnce(tally, doc.organisationId);
    }
  }
  for (const i of order) {
    const doc = texts[i];
    const counts = byLang.get(doc.lang)!;
    const concepts = [...new Set(doc.concepts)];
    if (concepts.length === 0) continue;
    for (const occurrence of termsOf(normalised[i], options.ignorable)) {
      if (counts.terms.get(occurrence.term)!.organisations < minSupport) continue;
      for (const c of concepts) {
        let ofConcept = counts.byConcept.get(c);
        if (!ofConcept) counts.byConcept.set(c, (ofConcept = new Map()));
        let entry = ofConcept.get(occurrence.term);
        if (!entry) {
          const first = { organisationId: doc.organisationId, text: i, start: occurrence.start, end: occurrence.end };
          ofConcept.set(occurrence.term, (entry = { texts: 0, organisations: 0, lastOrganisation: null, first, second: null }));
        } else noteExample(entry, doc.organisationId, i, occurrence);
        tallyOnce(entry, doc.organisationId);
      }
    }
  }

  const out: SynonymCandidate[] = [];
  for (const [lang, counts] of [...byLang].sort(([a], [b]) => a.localeCompare(b))) {
    for (const [conceptKey, terms] of [...counts.byConcept].sort(([a], [b]) => a.localeCompare(b))) {
      const conceptTexts = counts.conceptTexts.get(conceptKey) ?? 0;
      const passing: SynonymCandidate[] = [];
      for (const [term, entry] of terms) {
        if (entry.organisations < minSupport) continue;
        const lift = liftOf(entry.texts, conceptTexts, counts.terms.get(term)!.texts, counts.texts);
        if (lift < minLift || options.known?.(conceptKey, lang, term)) continue;
        passing.push({
          conceptKey,
          lang,
          term,
          support: entry.organisations,
          lift: Math.round(lift * 10) / 10,
          examples: [entry.first, entry.second].filter((e) => e !== null).map((e) => snippetAround(normalised[e.text], e.start, e.end)),
        });
      }
      // A phrase adds nothing when one of its words is suggested on at least as much support.
      const words = new Map(passing.filter((p) => !/[\s-]/.test(p.term)).map((p) => [p.term, p.support]));
      const kept = passing.filter((p) => !p.term.split(/[\s-]/).some((w) => p.term !== w && (words.get(w) ?? 0) >= p.support));
      kept.sort((a, b) => b.support - a.support || b.lift - a.lift || a.term.localeCompare(b.term));
      out.push(...kept.slice(0, maxPerConcept));
    }
  }
  return out;
}
