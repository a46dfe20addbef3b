import { getTaxonomy } from '../taxonomy/index.ts';
import { rarityMass, type ConceptRarity } from './concept-rarity.ts';
import { kindFit } from './kind-complementarity.ts';
import { allConcepts, offersOf, requestsOf, workingLanguages, type MatchDocument, type MatchProfile } from './match-profile.ts';
import type { MatchReason } from './match-reason.ts';
import { sharedConcepts, type TextSimilarity } from './text-similarity.ts';

/**
 * Scores one candidate organisation for a reader's organisation: a weighted sum of signals, each
 * in 0..1, then ranked down by the candidate's open introductions. Pure: everything it needs
 * comes in through the profiles and the context.
 */
export const WEIGHTS = {
  complementarity: 0.45,
  overlap: 0.25,
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

export interface ScoredMatch {
  organisationId: string;
  score: number;
  signals: Record<keyof typeof WEIGHTS, number> & { load: number };
  reasons: MatchReason[];
  pairs: MatchedItemPair[];
}

export interface ScoreOptions {
  /** Match one offer or request of the reader only (matchesForItem): only its pairs count. */
  itemId?: string;
}

interface Pair {
  need: MatchDocument;
  offer: MatchDocument;
  direction: 'they-offer' | 'they-seek';
  score: number;
  concepts: string[];
}

const usableCategory = (c: string | null) => (c && c !== 'other' ? c : null);

function pairsBetween(needs: readonly MatchDocument[], offers: readonly MatchDocument[], direction: Pair['direction'], ctx: MatchContext): Pair[] {
  const out: Pair[] = [];
  for (const need of needs) {
    for (const offer of offers) {
      const sim = ctx.similarity.similarity(need, offer, ctx.rarity);
      const sameCategory = usableCategory(need.category) !== null && need.category === offer.category;
      const score = sim > 0 ? Math.min(1, sim + (sameCategory ? CATEGORY_BONUS : 0)) : sameCategory ? CATEGORY_ONLY : 0;
      if (score > 0) out.push({ need, offer, direction, score, concepts: ctx.similarity.explain(need, offer, ctx.rarity) });
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

const round = (n: number) => Math.round(n * 1000) / 1000;

/** Returns null when nothing of substance connects the two (no shared concept, no serving pair). */
export function scoreCandidate(reader: MatchProfile, candidate: MatchProfile, ctx: MatchContext, options: ScoreOptions = {}): ScoredMatch | null {
  const only = (docs: MatchDocument[]) => (options.itemId ? docs.filter((d) => d.id === options.itemId) : docs);
  const pairs = [
    ...pairsBetween(only(requestsOf(reader)), offersOf(candidate), 'they-offer', ctx),
    ...pairsBetween(requestsOf(candidate), only(offersOf(reader)), 'they-seek', ctx),
  ].sort((a, b) => b.score - a.score);
  const complementarity = combine(pairs.map((p) => p.score));

  // Thematic overlap: rarity-weighted cosine of the two concept sets (a single item's for items).
  const readerConcepts = options.itemId ? new Set(reader.documents.find((d) => d.id === options.itemId)?.concepts ?? []) : allConcepts(reader);
  const candidateConcepts = allConcepts(candidate);
  const shared = sharedConcepts(readerConcepts, candidateConcepts, ctx.rarity);
  const overlap = shared.length
    ? Math.min(1, rarityMass(shared, ctx.rarity) / Math.sqrt(rarityMass(readerConcepts, ctx.rarity) * rarityMass(candidateConcepts, ctx.rarity)))
    : 0;

  if (options.itemId ? complementarity === 0 : complementarity === 0 && overlap === 0) return null;

  const kinds = kindFit(reader.kind, candidate.kind);
  const readerLangs = workingLanguages(reader);
  const commonLangs = [...workingLanguages(candidate)].filter((l) => readerLangs.has(l)).sort();
  const language = commonLangs.length ? 1 : 0;

  const focus = ctx.focusFor(candidate.cityId);
  const connecting = new Set([...shared, ...pairs.flatMap((p) => p.concepts)]);
  const focusThemes = [...new Set([...connecting].map((c) => focus.themeOfConcept.get(c)).filter((t): t is string => !!t))];
  const focusScore = focusThemes.length ? Math.min(1, 0.6 + 0.2 * focusThemes.length) : 0;
  const fresh = freshness(candidate.updatedAt, ctx.now);

  const signals = { complementarity, overlap, kind: kinds.fit, language, focus: focusScore, freshness: fresh };
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

  return {
    organisationId: candidate.organisationId,
    score: round(score),
    signals: { ...Object.fromEntries(Object.entries(signals).map(([k, v]) => [k, round(v)])), load: round(load) } as ScoredMatch['signals'],
    reasons,
    pairs: pairs.map((p) => ({
      direction: p.direction,
      theirItemId: (p.direction === 'they-offer' ? p.offer : p.need).id,
      yourItemId: (p.direction === 'they-offer' ? p.need : p.offer).id,
      score: round(p.score),
    })),
  };
}

/** Scores and ranks candidates, best first; ties broken by name-independent id for stability. */
export function rankCandidates(
  reader: MatchProfile,
  candidates: readonly MatchProfile[],
  ctx: MatchContext,
  options: ScoreOptions & { limit: number },
): ScoredMatch[] {
  const scored: ScoredMatch[] = [];
  for (const c of candidates) {
    if (c.organisationId === reader.organisationId || c.cityId === reader.cityId) continue;
    const s = scoreCandidate(reader, c, ctx, options);
    if (s) scored.push(s);
  }
  scored.sort((a, b) => b.score - a.score || a.organisationId.localeCompare(b.organisationId));
  return scored.slice(0, options.limit);
}
