import { getTaxonomy } from '../taxonomy/index.ts';
import { rarityMass, type ConceptRarity } from './concept-rarity.ts';
import { kindFit } from './kind-complementarity.ts';
import { wordsBehindTerms, wordsWithTerms } from '../tagging/index.ts';
import { offersOf, requestsOf, workingLanguages, type MatchDocument, type MatchProfile } from './match-profile.ts';
import type { MatchReason } from './match-reason.ts';
import type { TextSimilarity } from './text-similarity.ts';

/**
 * Scores one candidate organisation for a reader's organisation: a weighted sum of signals, each
 * in 0..1, then ranked down by the candidate's open introductions. Pure: everything it needs
 * comes in through the profiles and the context.
 */
export const WEIGHTS = {
  complementarity: 0.45,
  overlap: 0.2,
  /** Both seek the same: peers who could apply together, at most; never a provider (issue 14). */
  sameNeed: 0.05,
  kind: 0.1,
  language: 0.08,
  focus: 0.07,
  freshness: 0.05,
} as const;

/** Each open introduction of the candidate lowers its score by about a tenth. */
export const LOAD_PENALTY_PER_OPEN_INTRODUCTION = 0.12;
/** Same category on top of shared concepts; a shared category alone counts a little. */
const CATEGORY_BONUS = 0.2;
const CATEGORY_ONLY = 0.1;
/** Similarity from which the category bonus counts in full. */
const FULL_BONUS_AT = 0.5;
/** Profiles changed in the last FRESH_DAYS count as current; older ones fade over STALE_DAYS. */
const FRESH_DAYS = 90;
const STALE_DAYS = 3 * 365;

export interface PartnershipFocus {
  themes: readonly string[];
  /** Concepts those themes stand for (themes-to-concepts.ts), with the theme each comes from. */
  themeOfConcept: ReadonlyMap<string, string>;
}

export interface MatchContext {
  rarity: ConceptRarity;
  similarity: TextSimilarity;
  /** Focus themes of the partnerships linking the reader's city with the candidate's. */
  focusFor(candidateCityId: string): PartnershipFocus;
  now: Date;
}

export interface MatchedItemPair {
  direction: 'they-offer' | 'they-seek';
  theirItemId: string;
  yourItemId: string;
  score: number;
}

/**
 * How strong the evidence behind a suggestion is: `strong` when taxonomy concepts connect the two,
 * `some` when only words do (cognates, codes, proper nouns), `weak` when only kinds, categories or
 * a shared need do. Shown with the suggestion, so that a weak one is read as a hint.
 */
export type MatchEvidence = 'strong' | 'some' | 'weak';

export interface ScoredMatch {
  organisationId: string;
  score: number;
  evidence: MatchEvidence;
  signals: Record<keyof typeof WEIGHTS, number> & { load: number };
  reasons: MatchReason[];
  pairs: MatchedItemPair[];
}

export interface ScoreOptions {
  /** Match one offer or request of the reader only (matchesForItem): only its pairs count. */
  itemId?: string;
  /** Keep candidates connected by kind or category alone (the last-resort retrieval, as weak evidence). */
  keepWeak?: boolean;
  /** The reader's side, computed once per ranking rather than once per candidate. */
  readerSide?: ReaderSide;
}

interface ReaderKeys {
  all: Set<string>;
  provides: Set<string>;
  needs: Set<string>;
}

/** A candidate's keys of one field: all its documents', what it provides (description and offers), what it seeks. */
type CandidateKeys = ReaderKeys;

/** What the overlap needs of the reader: its documents (one item's for item matching) and their keys. */
export interface ReaderSide {
  readerDocs: readonly MatchDocument[];
  readerNeeds: readonly MatchDocument[];
  concepts: ReaderKeys;
  terms: ReaderKeys;
}

function readerSideOf(reader: MatchProfile, itemId?: string): ReaderSide {
  const readerDocs = itemId ? reader.documents.filter((d) => d.id === itemId) : reader.documents;
  const provides = readerDocs.filter((d) => d.type !== 'request');
  const readerNeeds = readerDocs.filter((d) => d.type === 'request');
  const keys = (field: 'concepts' | 'terms'): ReaderKeys => ({
    all: keysOf(readerDocs, field),
    provides: keysOf(provides, field),
    needs: keysOf(readerNeeds, field),
  });
  return { readerDocs, readerNeeds, concepts: keys('concepts'), terms: keys('terms') };
}

interface Pair {
  need: MatchDocument;
  offer: MatchDocument;
  direction: 'they-offer' | 'they-seek';
  score: number;
  concepts: string[];
  terms: string[];
}

const usableCategory = (c: string | null) => (c && c !== 'other' ? c : null);

function pairsBetween(needs: readonly MatchDocument[], offers: readonly MatchDocument[], direction: Pair['direction'], ctx: MatchContext): Pair[] {
  const out: Pair[] = [];
  for (const need of needs) {
    for (const offer of offers) {
      const sim = ctx.similarity.similarity(need, offer, ctx.rarity);
      const sameCategory = usableCategory(need.category) !== null && need.category === offer.category;
      // The bonus grows with the evidence: one incidental shared word in the same category is
      // still little more than the category alone (issue 14).
      const score = sim > 0 ? Math.min(1, sim + (sameCategory ? CATEGORY_BONUS * Math.min(1, sim / FULL_BONUS_AT) : 0)) : sameCategory ? CATEGORY_ONLY : 0;
      if (score > 0) {
        const concepts = ctx.similarity.explain(need, offer, ctx.rarity);
        const terms = sim > 0 ? (ctx.similarity.explainTerms?.(need, offer, ctx.rarity) ?? []) : [];
        out.push({ need, offer, direction, score, concepts, terms });
      }
    }
  }
  return out;
}

/** Best pair counts fully, the next ones less: two good pairs beat one, ten weak ones do not. */
function combine(scores: number[]): number {
  const sorted = [...scores].sort((a, b) => b - a);
  return Math.min(1, (sorted[0] ?? 0) + 0.3 * (sorted[1] ?? 0) + 0.1 * (sorted[2] ?? 0));
}

export function freshness(updatedAt: Date, now: Date): number {
  const days = (now.getTime() - updatedAt.getTime()) / 86_400_000;
  if (days <= FRESH_DAYS) return 1;
  return Math.max(0, 1 - (days - FRESH_DAYS) / STALE_DAYS);
}

export function sdgsOfConcepts(concepts: readonly string[]): number[] {
  const taxonomy = getTaxonomy();
  const goals = new Set<number>();
  for (const key of concepts) for (const goal of taxonomy.concept(key)?.sdgs ?? []) goals.add(goal);
  return [...goals].sort((a, b) => a - b);
}

/** Words shared by texts count like concepts, stretched (a text has many incidental words) and weighed less. */
const TERM_OVERLAP_GAIN = 2;
const TERM_OVERLAP_WEIGHT = 0.6;

function keysOf(docs: readonly MatchDocument[], field: 'concepts' | 'terms'): Set<string> {
  const out = new Set<string>();
  for (const d of docs) for (const k of d[field]) out.add(k);
  return out;
}

function candidateKeys(candidate: MatchProfile, field: 'concepts' | 'terms'): CandidateKeys {
  const all = new Set<string>();
  const provides = new Set<string>();
  const needs = new Set<string>();
  for (const d of candidate.documents) {
    const side = d.type === 'request' ? needs : provides;
    for (const k of d[field]) {
      all.add(k);
      side.add(k);
    }
  }
  return { all, provides, needs };
}

/** Most informative first, as sharedConcepts orders them (reasons name the first few). */
function byInformation(keys: string[], rarity: ConceptRarity): string[] {
  return keys.sort((a, b) => rarity.weight(b) - rarity.weight(a) || a.localeCompare(b));
}

/** The reader's own words behind shared terms, as written (only the reader's texts are loaded). */
function wordsOf(docs: MatchDocument | readonly MatchDocument[], terms: readonly string[]): string[] {
  if (!terms.length) return [];
  const wanted = new Set(terms.slice(0, 6));
  const words = (Array.isArray(docs) ? docs : [docs as MatchDocument]).flatMap(readerWords);
  return wordsBehindTerms(words, wanted, 3);
}

/** The reader's words are asked about once per candidate: split once per document. */
const splitDocuments = new WeakMap<MatchDocument, ReturnType<typeof wordsWithTerms>>();
function readerWords(doc: MatchDocument): ReturnType<typeof wordsWithTerms> {
  let words = splitDocuments.get(doc);
  if (!words) splitDocuments.set(doc, (words = [...wordsWithTerms(doc.title), ...wordsWithTerms(doc.body)]));
  return words;
}

const round = (n: number) => Math.round(n * 1000) / 1000;

/** Returns null when nothing of substance connects the two (no shared concept, no serving pair). */
export function scoreCandidate(reader: MatchProfile, candidate: MatchProfile, ctx: MatchContext, options: ScoreOptions = {}): ScoredMatch | null {
  const only = (docs: MatchDocument[]) => (options.itemId ? docs.filter((d) => d.id === options.itemId) : docs);
  const pairs = [
    ...pairsBetween(only(requestsOf(reader)), offersOf(candidate), 'they-offer', ctx),
    ...pairsBetween(requestsOf(candidate), only(offersOf(reader)), 'they-seek', ctx),
  ].sort((a, b) => b.score - a.score);
  const complementarity = combine(pairs.map((p) => p.score));

  // Thematic overlap: rarity-weighted cosine of what the two are about (descriptions, offers, and
  // the reader's needs against what the candidate provides). Two requests for the same thing make
  // peers, not partners: that is the separate, small sameNeed signal.
  const side = options.readerSide ?? readerSideOf(reader, options.itemId);
  const { readerDocs, readerNeeds } = side;
  const overlapOf = (field: 'concepts' | 'terms') => {
    // The hot part of a ranking (300 candidates): each key set is built once, nothing is copied.
    const mine = side[field];
    const theirs = candidateKeys(candidate, field);
    const shared = new Set<string>();
    for (const k of mine.all) if (theirs.provides.has(k)) shared.add(k);
    for (const k of mine.provides) if (theirs.needs.has(k)) shared.add(k);
    const sameNeed: string[] = [];
    for (const k of mine.needs) if (theirs.needs.has(k) && !shared.has(k)) sameNeed.push(k);
    const norm = Math.sqrt(rarityMass(mine.all, ctx.rarity) * rarityMass(theirs.all, ctx.rarity)) || 1;
    const cosine = (keys: Iterable<string>) => Math.min(1, rarityMass(keys, ctx.rarity) / norm);
    return { shared: byInformation([...shared], ctx.rarity), sameNeed: byInformation(sameNeed, ctx.rarity), cosine };
  };
  const byConcepts = overlapOf('concepts');
  const byTerms = overlapOf('terms');
  const shared = byConcepts.shared;
  const overlapConcepts = byConcepts.cosine(byConcepts.shared);
  const overlapTerms = Math.min(1, TERM_OVERLAP_GAIN * byTerms.cosine(byTerms.shared));
  const overlap = overlapConcepts + (1 - overlapConcepts) * TERM_OVERLAP_WEIGHT * overlapTerms;
  const sameNeedConcepts = byConcepts.cosine(byConcepts.sameNeed);
  const sameNeed = sameNeedConcepts + (1 - sameNeedConcepts) * TERM_OVERLAP_WEIGHT * Math.min(1, TERM_OVERLAP_GAIN * byTerms.cosine(byTerms.sameNeed));

  if (options.itemId ? complementarity === 0 : complementarity === 0 && overlap === 0 && sameNeed === 0 && !options.keepWeak) return null;

  const kinds = kindFit(reader.kind, candidate.kind);
  const readerLangs = workingLanguages(reader);
  const commonLangs = [...workingLanguages(candidate)].filter((l) => readerLangs.has(l)).sort();
  const language = commonLangs.length ? 1 : 0;

  const focus = ctx.focusFor(candidate.cityId);
  const connecting = new Set([...shared, ...pairs.flatMap((p) => p.concepts)]);
  const focusThemes = [...new Set([...connecting].map((c) => focus.themeOfConcept.get(c)).filter((t): t is string => !!t))];
  const focusScore = focusThemes.length ? Math.min(1, 0.6 + 0.2 * focusThemes.length) : 0;
  const fresh = freshness(candidate.updatedAt, ctx.now);

  const signals = { complementarity, overlap, sameNeed, kind: kinds.fit, language, focus: focusScore, freshness: fresh };
  const base = (Object.keys(WEIGHTS) as (keyof typeof WEIGHTS)[]).reduce((sum, k) => sum + WEIGHTS[k] * signals[k], 0);
  const load = 1 / (1 + LOAD_PENALTY_PER_OPEN_INTRODUCTION * Math.max(0, candidate.openIntroductions));
  const score = base * load;

  // Reasons, strongest first; each offer or request of the candidate is named once.
  const reasons: MatchReason[] = [];
  const named = new Set<string>();
  for (const p of pairs) {
    if (reasons.length >= 3) break;
    const theirs = p.direction === 'they-offer' ? p.offer : p.need;
    const yours = p.direction === 'they-offer' ? p.need : p.offer;
    if (named.has(theirs.id)) continue;
    named.add(theirs.id);
    const params = {
      concepts: p.concepts.slice(0, 3),
      words: p.concepts.length ? [] : wordsOf(yours, p.terms),
      category: usableCategory(p.need.category) !== null && p.need.category === p.offer.category ? p.need.category : null,
      theirItemId: theirs.id,
      theirTitle: theirs.title,
      yourItemId: yours.id,
    };
    reasons.push(p.direction === 'they-offer' ? { code: 'they-offer-what-you-seek', params } : { code: 'they-seek-what-you-offer', params });
  }
  const inPairs = new Set(reasons.flatMap((r) => ('concepts' in r.params ? r.params.concepts : [])));
  const otherShared = shared.filter((c) => !inPairs.has(c));
  if (otherShared.length || (!reasons.length && shared.length)) {
    const concepts = (otherShared.length ? otherShared : shared).slice(0, 3);
    reasons.push({ code: 'shared-concepts', params: { concepts, sdgs: sdgsOfConcepts(concepts) } });
  }
  if (!shared.length && byTerms.shared.length && overlapTerms > 0) {
    const words = wordsOf(readerDocs, byTerms.shared);
    if (words.length && !reasons.some((r) => 'words' in r.params && r.params.words.length)) reasons.push({ code: 'shared-words', params: { words } });
  }
  if (sameNeed > 0) {
    const concepts = byConcepts.sameNeed.slice(0, 3);
    const words = concepts.length ? [] : wordsOf(readerNeeds, byTerms.sameNeed);
    if (concepts.length || words.length) reasons.push({ code: 'seek-the-same', params: { concepts, words } });
  }
  if (focusThemes.length) reasons.push({ code: 'partnership-focus', params: { themes: focusThemes.slice(0, 3) } });
  if (kinds.fit >= 0.7) {
    reasons.push(
      kinds.relation === 'peers'
        ? { code: 'peer-kinds', params: { kind: candidate.kind } }
        : { code: 'complementary-kinds', params: { kind: reader.kind, otherKind: candidate.kind } },
    );
  }
  if (commonLangs.length) reasons.push({ code: 'common-language', params: { langs: commonLangs } });
  if (fresh === 1) reasons.push({ code: 'recently-active', params: { updatedOn: candidate.updatedAt.toISOString().slice(0, 10) } });

  const evidence: MatchEvidence =
    shared.length || pairs.some((p) => p.concepts.length) ? 'strong' : byTerms.shared.length || pairs.some((p) => p.terms.length) ? 'some' : 'weak';
  const match: ScoredMatch = {
    organisationId: candidate.organisationId,
    score: round(score),
    evidence,
    signals: { ...Object.fromEntries(Object.entries(signals).map(([k, v]) => [k, round(v)])), load: round(load) } as ScoredMatch['signals'],
    reasons,
    pairs: pairs.map((p) => ({
      direction: p.direction,
      theirItemId: (p.direction === 'they-offer' ? p.offer : p.need).id,
      yourItemId: (p.direction === 'they-offer' ? p.need : p.offer).id,
      score: round(p.score),
    })),
  };
  unroundedScores.set(match, score);
  return match;
}

/** Ranking reads the scores unrounded: the third decimal shown must not decide who comes first. */
const unroundedScores = new WeakMap<ScoredMatch, number>();
const unrounded = (m: ScoredMatch) => unroundedScores.get(m) ?? m.score;

/** Scores and ranks candidates, best first; equal scores by key, the same in every database (then by id). */
export function rankCandidates(
  reader: MatchProfile,
  candidates: readonly MatchProfile[],
  ctx: MatchContext,
  options: ScoreOptions & { limit: number },
): ScoredMatch[] {
  const scored: ScoredMatch[] = [];
  const readerSide = readerSideOf(reader, options.itemId);
  for (const c of candidates) {
    if (c.organisationId === reader.organisationId || c.cityId === reader.cityId) continue;
    const s = scoreCandidate(reader, c, ctx, { ...options, readerSide });
    if (s) scored.push(s);
  }
  const keys = new Map(candidates.map((c) => [c.organisationId, c.key]));
  scored.sort(
    (a, b) =>
      unrounded(b) - unrounded(a) ||
      (keys.get(a.organisationId) ?? '').localeCompare(keys.get(b.organisationId) ?? '') ||
      a.organisationId.localeCompare(b.organisationId),
  );
  return scored.slice(0, options.limit);
}
