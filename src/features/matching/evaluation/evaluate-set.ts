/**
 * Evaluates one labelled set on a migrated database of its own: imports the set's document through
 * the real interchange import (tagger and search index included), ranks every query with the asked
 * methods in the same run and returns their figures. Shared by `npm run eval:matching` and
 * matching-quality.db.test.ts. Each set needs its own database: the sets share city keys.
 */
import { sql } from 'drizzle-orm';
import type { ServiceContext } from '../../../shared/context.ts';
import { foldForLookup } from '../../../shared/text-normalize.ts';
import { importInterchange, type InterchangeDocument } from '../../interchange/index.ts';
import { runMatching, type EngineOptions } from '../match-engine.ts';
import { fullTextRanking } from './fulltext-baseline.ts';
import { keywordOverlapRanking } from './keyword-baseline.ts';
import type { LabelledSet } from './labelled-sets.ts';
import { hasText, organisationText } from './organisation-text.ts';
import { figuresOf, TOP, type Figures, type SetGeography } from './set-figures.ts';

export const methodLabels = {
  engine: 'matching engine',
  'engine-text-only': 'engine, text retrieval only (ablation)',
  'fulltext-partners': 'PostgreSQL full text (ts_rank), partner cities',
  'keyword-all': 'keyword overlap, all cities',
  'keyword-partners': 'keyword overlap, partner cities',
} as const;
export type MethodKey = keyof typeof methodLabels;

export interface MethodResult {
  method: MethodKey;
  figures: Figures;
  /** Each query organisation's top 10, by key. */
  rankings: ReadonlyMap<string, readonly string[]>;
  /** Mean time per query, for the engine variants. */
  msPerQuery?: number;
}

export interface SetEvaluation {
  set: LabelledSet;
  queries: number;
  organisationsPerCity: [string, number][];
  methods: MethodResult[];
  /** Engine only: organisations (in a city with a partnership) that have text but got no suggestion. */
  coverage?: { withText: number; withoutSuggestion: number };
}

export interface EvaluateOptions {
  methods: readonly MethodKey[];
  coverage?: boolean;
}

// The ablation: retrieval and scoring from the texts' evidence terms alone, the taxonomy's
// concepts ignored; what the concepts add is the difference to the engine.
const textOnly: EngineOptions = { limit: TOP, evidence: 'text-only' };

/** City references (key, name or alias) of the document, to canonical keys. */
function cityKeyResolver(document: InterchangeDocument): (ref: string) => string {
  const keyOf = new Map<string, string>();
  for (const c of document.cities ?? []) for (const name of [c.key, c.name, ...(c.aliases ?? []).map((a) => a.name)]) keyOf.set(foldForLookup(name), c.key);
  return (ref) => keyOf.get(foldForLookup(ref)) ?? ref;
}

export async function evaluateLabelledSet(ctx: ServiceContext, set: LabelledSet, options: EvaluateOptions): Promise<SetEvaluation> {
  await importInterchange(ctx, set.document);
  const rows = (
    (await ctx.db.execute(sql`SELECT o.id, o.key, c.key AS city FROM organisations o JOIN cities c ON c.id = o.city_id`)) as unknown as {
      rows: { id: string; key: string; city: string }[];
    }
  ).rows;
  const idOf = new Map(rows.map((r) => [r.key, r.id]));
  const keyOf = new Map(rows.map((r) => [r.id, r.key]));
  const cityOf = new Map(rows.map((r) => [r.key, r.city]));
  const cityKey = cityKeyResolver(set.document);
  const partnerships = (set.document.partnerships ?? []).map((p) => p.cities.map(cityKey));
  const partnersOf = (city: string) => new Set(partnerships.filter((p) => p.includes(city)).flatMap((p) => p.filter((c) => c !== city)));
  const geo: SetGeography = { cityOf, partnersOf };
  set.queries.forEach((q, i) => {
    if (!idOf.has(q.organisation)) throw new Error(`${set.key} set: query ${i + 1} names an organisation that was not imported`);
  });

  const organisations = set.document.organisations ?? [];
  const texts = new Map(organisations.map((o) => [o.key, organisationText(o)]));
  const folded = new Map([...texts].map(([k, t]) => [k, foldForLookup(t)]));
  const partnerCandidates = (key: string) => {
    const allowed = partnersOf(cityOf.get(key)!);
    return organisations.filter((o) => o.key !== key && allowed.has(cityOf.get(o.key)!)).map((o) => ({ key: o.key, text: texts.get(o.key)! }));
  };

  const engineRanking = async (key: string, options: EngineOptions) =>
    (await runMatching(ctx.db, idOf.get(key)!, options)).matches.map((m) => keyOf.get(m.organisationId)!);
  const rankers: Record<MethodKey, (key: string) => Promise<string[]> | string[]> = {
    engine: (key) => engineRanking(key, { limit: TOP }),
    'engine-text-only': (key) => engineRanking(key, textOnly),
    'fulltext-partners': (key) => fullTextRanking(ctx.db, texts.get(key)!, partnerCandidates(key), TOP),
    'keyword-all': (key) => keywordOverlapRanking(key, folded, () => true).slice(0, TOP),
    'keyword-partners': (key) => {
      const allowed = partnersOf(cityOf.get(key)!);
      return keywordOverlapRanking(key, folded, (k) => allowed.has(cityOf.get(k)!)).slice(0, TOP);
    },
  };

  const methods: MethodResult[] = [];
  for (const method of options.methods) {
    const rankings = new Map<string, string[]>();
    const started = performance.now();
    for (const q of set.queries) rankings.set(q.organisation, await rankers[method](q.organisation));
    const ms = (performance.now() - started) / (set.queries.length || 1);
    methods.push({ method, figures: figuresOf(set.queries, rankings, geo), rankings, msPerQuery: method.startsWith('engine') ? ms : undefined });
  }

  let coverage: SetEvaluation['coverage'];
  if (options.coverage) {
    const withText = organisations.filter((o) => hasText(o) && partnersOf(cityOf.get(o.key)!).size > 0);
    let withoutSuggestion = 0;
    for (const o of withText) if (!(await engineRanking(o.key, { limit: TOP })).length) withoutSuggestion++;
    coverage = { withText: withText.length, withoutSuggestion };
  }

  const perCity = new Map<string, number>();
  for (const o of organisations) perCity.set(cityOf.get(o.key)!, (perCity.get(cityOf.get(o.key)!) ?? 0) + 1);
  return { set, queries: set.queries.length, organisationsPerCity: [...perCity], methods, coverage };
}
