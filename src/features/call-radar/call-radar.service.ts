import type { ServiceContext } from '../../shared/context.ts';
import { callsSharingConcepts, presentCall } from '../calls/index.ts';
import type { RadarQuery, RadarResponse } from './call-radar.schemas.ts';
import { cityProgrammeCodes, cityProgrammeIdentifierPatterns } from './city-programmes.ts';
import { eligibilityHints } from './eligibility-hints.ts';
import { rankCalls, type RadarProfile } from './rank-calls.ts';
import { organisationProfile, partnershipProfile, projectProfile, textProfile } from './radar-profiles.ts';

/** Candidates are scored in TypeScript; at most this many, best pre-score first, far more than a page. */
export const RADAR_CANDIDATES = 600;

function profileFor(ctx: ServiceContext, q: RadarQuery): Promise<RadarProfile> {
  if (q.partnership) return partnershipProfile(ctx, q.partnership);
  if (q.organisation) return organisationProfile(ctx, q.organisation);
  if (q.project) return projectProfile(ctx, q.project);
  return textProfile(ctx, q.text ?? '');
}

/**
 * Calls that may fit: those sharing a concept with the profile or its themes (GIN index on
 * concepts) and those of programmes made for cities, in the wanted effective status at `now`.
 * When more than RADAR_CANDIDATES fit (the full portal file has thousands of open calls), the
 * ones kept are those sharing the most concepts, then city programmes, then the soonest
 * deadline: cutting by deadline alone dropped the best fits that close later.
 */
function candidates(ctx: ServiceContext, profile: RadarProfile, statuses: readonly string[], now: Date) {
  const keys = [...new Set([...profile.concepts.keys(), ...profile.themes.flatMap((t) => t.concepts)])];
  return callsSharingConcepts(ctx, {
    concepts: keys,
    programmes: { identifierPatterns: cityProgrammeIdentifierPatterns, codes: [...cityProgrammeCodes] },
    statuses,
    now,
    limit: RADAR_CANDIDATES,
  });
}

/** A profile with neither concepts nor themes gives the radar nothing to match a call's topic against. */
const hasTopics = (profile: RadarProfile) => profile.concepts.size > 0 || profile.themes.some((t) => t.concepts.length > 0);

/** Ranked calls for a partnership, an organisation, a project or a free-text idea, with reasons and eligibility hints. */
export async function callRadar(ctx: ServiceContext, q: RadarQuery, now = new Date()): Promise<RadarResponse> {
  const profile = await profileFor(ctx, q);
  const statuses = q.status === 'open-forthcoming' ? ['open', 'forthcoming'] : [q.status];
  // Only a partnership can fit calls without a topic (by city programmes); for anyone else the
  // candidates could not fit, so they are not fetched.
  const rows = hasTopics(profile) || profile.forCities ? await candidates(ctx, profile, statuses, now) : [];
  const calls = rows.map((row) => {
    const summary = presentCall(row, now);
    return { ...row, summary, nextDeadlineAt: summary.nextDeadlineAt ? new Date(summary.nextDeadlineAt) : null };
  });
  const ranked = rankCalls(calls, profile, now, q.limit);
  return {
    items: ranked.map((r) => ({
      call: r.call.summary,
      score: r.score,
      reasons: r.reasons,
      cityProgramme: r.cityProgramme,
      eligibility: eligibilityHints(profile.countries, r.call.programmeCode, r.cityProgramme),
    })),
    profile: {
      concepts: [...profile.concepts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k]) => k),
      themes: profile.themes.map((t) => t.key),
      countries: [...new Set(profile.countries)].sort(),
    },
    explanation: hasTopics(profile) ? null : 'no-concepts',
  };
}
