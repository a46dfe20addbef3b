/**
 * Loads the radar's evaluation set into a database through the real imports (calls through
 * importCallRecords, cities, partnerships and organisations through the interchange import, both
 * tagging as in production) and ranks every query with the radar and with a keyword baseline.
 * Shared by `npm run eval:radar` and the db test.
 */
import type { ServiceContext } from '../../../shared/context.ts';
import { allStoredCalls, callIdentifiersInStatus, importCallRecords, presentCall, type CallImportSummary } from '../../calls/index.ts';
import type { InterchangeDocument, InterchangeOrganisation } from '../../interchange/index.ts';
import { importInterchange } from '../../interchange/index.ts';
import { callRadar } from '../call-radar.service.ts';
import { cityProgrammeOf } from '../city-programmes.ts';
import { keywordOverlapRanking, type BaselineCall } from './radar-keyword-baseline.ts';
import type { Grades } from './radar-metrics.ts';
import evalSetJson from './radar-eval-set.json' with { type: 'json' };

export interface RadarEvalQuery {
  id: string;
  /** de, ro, hu, en, or mixed for partnerships whose members write in several. */
  lang: string;
  text?: string;
  organisation?: string;
  partnership?: string;
  relevant: Grades;
}

export interface RadarEvalSet {
  evaluationDate: string;
  fundingData: { GrantTenderObj: unknown[] };
  ecosystem: InterchangeDocument;
  queries: RadarEvalQuery[];
}

export const radarEvalSet = evalSetJson as unknown as RadarEvalSet;
export const evaluationNow = new Date(radarEvalSet.evaluationDate);

export type QueryKind = 'text' | 'organisation' | 'partnership';
export const queryKind = (q: RadarEvalQuery): QueryKind => (q.partnership ? 'partnership' : q.organisation ? 'organisation' : 'text');

export interface RankedList {
  ranked: string[];
  /** How many of the first five are calls of programmes made for cities. */
  cityProgrammesInTop5: number;
}

export interface QueryOutcome {
  query: RadarEvalQuery;
  radar: RankedList;
  baseline: RankedList;
  /** Calls closed at the evaluation date that the radar suggested anyway (must stay empty). */
  closedSuggested: string[];
}

/** Imports the set's ecosystem and calls; `now` judges the calls' status as the radar will. */
export async function loadRadarEvaluation(ctx: ServiceContext, set: RadarEvalSet = radarEvalSet): Promise<CallImportSummary> {
  await importInterchange(ctx, set.ecosystem);
  return importCallRecords(ctx, set.fundingData.GrantTenderObj, { now: new Date(set.evaluationDate), origin: 'radar-eval-set.json' });
}

const organisationText = (o: InterchangeOrganisation) =>
  [o.name, ...(o.description ?? []).map((d) => d.text), ...[...(o.offers ?? []), ...(o.requests ?? [])].flatMap((i) => [i.title ?? '', i.text])].join(' ');

/** What the baseline is given for a query: the idea, the organisation's texts, or all members' texts and the themes. */
export function baselineQueryText(q: RadarEvalQuery, ecosystem: InterchangeDocument): string {
  const organisations = ecosystem.organisations ?? [];
  if (q.organisation) return organisationText(organisations.find((o) => o.key === q.organisation)!);
  if (q.partnership) {
    const p = (ecosystem.partnerships ?? []).find((x) => x.key === q.partnership)!;
    const members = organisations.filter((o) => p.cities.includes(o.city));
    return [...members.map(organisationText), ...(p.themes ?? []).map((t) => t.replace(/-/g, ' '))].join(' ');
  }
  return q.text ?? '';
}

const countCityProgrammes = (calls: readonly { identifier: string; callIdentifier: string | null; programmeCode: string | null }[]) =>
  calls.slice(0, 5).filter((c) => cityProgrammeOf(c) !== null).length;

/** Ranks each query with the radar (as the service answers it) and the baseline, at the set's fixed date. */
export async function runRadarEvaluation(ctx: ServiceContext, queries: readonly RadarEvalQuery[], set: RadarEvalSet = radarEvalSet): Promise<QueryOutcome[]> {
  const now = new Date(set.evaluationDate);
  const rows = await allStoredCalls(ctx);
  const byIdentifier = new Map(rows.map((r) => [r.identifier, r]));
  const liveIds = new Set(await callIdentifiersInStatus(ctx, ['open', 'forthcoming'], now));
  const baselineCalls: BaselineCall[] = rows
    .filter((r) => liveIds.has(r.identifier))
    .map((r) => {
      const next = presentCall(r, now).nextDeadlineAt;
      return { identifier: r.identifier, title: r.title, tags: r.tags, keywords: r.keywords, nextDeadlineAt: next ? new Date(next) : null };
    });

  const outcomes: QueryOutcome[] = [];
  for (const q of queries) {
    const kind = queryKind(q);
    const answer = await callRadar(
      ctx,
      { [kind]: kind === 'text' ? q.text : kind === 'organisation' ? q.organisation : q.partnership, status: 'open-forthcoming', limit: 50 },
      now,
    );
    const radarRanked = answer.items.map((i) => i.call.identifier);
    const baselineRanked = keywordOverlapRanking(baselineQueryText(q, set.ecosystem), baselineCalls);
    const rowsOf = (ids: string[]) => ids.map((id) => byIdentifier.get(id)!);
    outcomes.push({
      query: q,
      radar: { ranked: radarRanked, cityProgrammesInTop5: answer.items.slice(0, 5).filter((i) => i.cityProgramme !== null).length },
      baseline: { ranked: baselineRanked, cityProgrammesInTop5: countCityProgrammes(rowsOf(baselineRanked)) },
      closedSuggested: radarRanked.filter((id) => !liveIds.has(id)),
    });
  }
  return outcomes;
}
