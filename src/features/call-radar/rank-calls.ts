import { deadlineCountdown } from '../../shared/calendar-days.ts';
import { cityProgrammeOf, type CityProgramme } from './city-programmes.ts';

/** What the radar knows about a call. */
export interface RadarCall {
  identifier: string;
  callIdentifier: string | null;
  programmeCode: string | null;
  concepts: readonly string[];
  tags: readonly string[];
  keywords: readonly string[];
  nextDeadlineAt: Date | null;
}

/**
 * Who the radar ranks for: concepts with a weight in (0, 1] (how many members share them), the
 * partnership themes with the concept keys each stands for, and the partners' countries.
 */
export interface RadarProfile {
  concepts: ReadonlyMap<string, number>;
  themes: readonly { key: string; concepts: readonly string[] }[];
  countries: readonly string[];
  /**
   * A partnership of cities is what CERV town twinning, URBACT or Interreg are made for: for it a
   * city programme fits on its own and weighs more. For an organisation, a project or an idea it
   * is only a flag and a small bonus on a call that fits by topic, or unrelated calls of those
   * programmes fill the list (the radar evaluation showed it).
   */
  forCities?: boolean;
}

export type RadarReason =
  | { code: 'shared-concepts'; params: { concepts: string[] } }
  | { code: 'theme'; params: { themes: string[] } }
  | { code: 'city-programme'; params: { programme: string; key: string } }
  | { code: 'deadline-soon'; params: { days: number } };

export interface CallRank {
  score: number;
  reasons: RadarReason[];
  cityProgramme: CityProgramme | null;
}

const WEIGHT = { concepts: 50, theme: 20, themeExtra: 5, cityProgrammeForCities: 25, cityProgramme: 8, deadlineSoon: 3 } as const;

/** Tags and keywords are free words ("smart cities", "Climate neutrality"); read them as concept keys when they are one. */
const asKey = (word: string) =>
  word
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');

/**
 * Scores one call for a profile, 0..100, with the reasons that made the score. Shared concepts
 * count by the profile's weight and saturate (a call sharing three strong concepts is not three
 * times better than one), a matching theme and a programme made for cities add a fixed share, a
 * close deadline a little. Pure: `now` is passed in.
 */
export function rankCall(call: RadarCall, profile: RadarProfile, now: Date): CallRank {
  const callConcepts = new Set([...call.concepts, ...call.tags.map(asKey), ...call.keywords.map(asKey)]);
  const shared = [...callConcepts]
    .filter((c) => profile.concepts.has(c))
    .sort((a, b) => profile.concepts.get(b)! - profile.concepts.get(a)! || a.localeCompare(b));
  const reasons: RadarReason[] = [];
  let score = 0;
  if (shared.length) {
    const mass = shared.reduce((sum, c) => sum + profile.concepts.get(c)!, 0);
    score += WEIGHT.concepts * (1 - Math.exp(-mass));
    reasons.push({ code: 'shared-concepts', params: { concepts: shared.slice(0, 6) } });
  }
  const themes = profile.themes.filter((t) => t.concepts.some((c) => callConcepts.has(c))).map((t) => t.key);
  if (themes.length) {
    score += Math.min(WEIGHT.theme + WEIGHT.themeExtra * (themes.length - 1), WEIGHT.theme + 2 * WEIGHT.themeExtra);
    reasons.push({ code: 'theme', params: { themes } });
  }
  const cityProgramme = cityProgrammeOf(call);
  if (cityProgramme) {
    score += profile.forCities ? WEIGHT.cityProgrammeForCities : WEIGHT.cityProgramme;
    reasons.push({ code: 'city-programme', params: { programme: cityProgramme.code, key: cityProgramme.key } });
  }
  if (call.nextDeadlineAt) {
    // Counted as every page counts it, so the reason's "in 12 days" matches the call's own page.
    const { days, soon } = deadlineCountdown(call.nextDeadlineAt, now);
    if (soon) {
      score += WEIGHT.deadlineSoon;
      reasons.push({ code: 'deadline-soon', params: { days } });
    }
  }
  return { score: Math.round(Math.min(100, score) * 10) / 10, reasons, cityProgramme };
}

const fitsByTopic = (r: RadarReason) => r.code === 'shared-concepts' || r.code === 'theme';

/**
 * The calls that fit at all, best first, then by deadline: by topic (shared concepts or a theme),
 * or for a partnership also by being a city programme. A close deadline alone is no fit.
 */
export function rankCalls<C extends RadarCall>(calls: readonly C[], profile: RadarProfile, now: Date, limit: number): (CallRank & { call: C })[] {
  return calls
    .map((call) => ({ call, ...rankCall(call, profile, now) }))
    .filter((r) => r.reasons.some((x) => fitsByTopic(x) || (profile.forCities === true && x.code === 'city-programme')))
    .sort(
      (a, b) =>
        b.score - a.score ||
        (a.call.nextDeadlineAt?.getTime() ?? Infinity) - (b.call.nextDeadlineAt?.getTime() ?? Infinity) ||
        a.call.identifier.localeCompare(b.call.identifier),
    )
    .slice(0, limit);
}

/** Concept weights from counts: the most shared concept weighs 1, one member's concept at least 0.3. */
export function weightsFromCounts(counts: ReadonlyMap<string, number>): Map<string, number> {
  const max = Math.max(0, ...counts.values());
  const weights = new Map<string, number>();
  for (const [key, n] of counts) if (n > 0) weights.set(key, Math.max(0.3, n / max));
  return weights;
}
