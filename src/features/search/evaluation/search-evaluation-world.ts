/**
 * The search evaluation's world and runs, shared by `npm run eval:search` and the db test: the
 * demo, the blind set's extra organisations and a generated ecosystem imported through the real
 * interchange import (tagger and search index included); then every labelled query ranked by the
 * real search service, signed out, and by plain PostgreSQL full text in the same database.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { anonymous } from '../../../shared/actor.ts';
import type { ServiceContext } from '../../../shared/context.ts';
import demoDocument from '../../demo/demo-partnership.json' with { type: 'json' };
import { importInterchange, type InterchangeDocument, type InterchangeOrganisation } from '../../interchange/index.ts';
import { searchQuery } from '../search.schemas.ts';
import { search } from '../search.service.ts';
import { generatedWorld, type GeneratedWorld } from './generated-ecosystem.ts';
import { averageFigures, firstPerOrganisation, type Grades, type RankingFigures } from './ranking-metrics.ts';
import { ownQueries, type LabelledQuery } from './search-relevance-set.ts';

export const K = 10;
/**
 * How deep both lists are read, at most, before the unjudged organisations are left out and the
 * list is cut at K (the engine in pages of the service's largest size, 100, until K judged
 * organisations are in). Until 2026-12-07 only the first page was read: a labelled organisation at
 * document 150 behind unjudged generated ones then counted as missed though it was among the
 * first K of the condensed list. `--depth 100` measures as before.
 */
export const DEPTH = 1000;
const PAGE = 100;
/** The generated part of `npm run eval:search`. */
export const GENERATED_ORGANISATIONS = 1500;
/** The generated part of the quality floor (search-quality.db.test.ts): loading 1,500 takes longer than a test may. */
export const QUALITY_FLOOR_GENERATED = 300;

const here = path.dirname(fileURLToPath(import.meta.url));

export interface BlindSet {
  organisations: InterchangeOrganisation[];
  queries: LabelledQuery[];
}

/**
 * The blind sets, each written by a helper who had not read the search code, and frozen before it
 * was first evaluated. The second was written after the first had been read several times (totals
 * only) while the search changed. The third was written on the day the second's misses were
 * classified by kind (by another helper, who told the search's author categories, never queries),
 * and frozen before the search changed again: it is the held-out one.
 * `prefix` begins the keys of the set's own organisations.
 */
const blindFiles = [
  { name: 'blind', file: 'blind-search-set.json', prefix: 'bs-' },
  { name: 'blind, second', file: 'blind-search-set-2.json', prefix: 'b2-' },
  { name: 'blind, third', file: 'blind-search-set-3.json', prefix: 'b3-' },
  { name: 'blind, fourth', file: 'blind-search-set-4.json', prefix: 'b4-' },
] as const;

export type BlindSetName = (typeof blindFiles)[number]['name'];
/** The blind set nobody has tuned on yet: read for its figures only, after a change is finished. */
export const HELD_OUT_SET: BlindSetName = 'blind, fourth';
export const isBlindSet = (name: SetName): name is BlindSetName => blindFiles.some((b) => b.name === name);

/** The blind sets there are, read by code only (nobody tunes on them). */
export function readBlindSets(): { name: BlindSetName; prefix: string; set: BlindSet }[] {
  return blindFiles.flatMap(({ name, file, prefix }) => {
    const full = path.join(here, 'blind', file);
    return fs.existsSync(full) ? [{ name, prefix, set: JSON.parse(fs.readFileSync(full, 'utf8')) as BlindSet }] : [];
  });
}

export type SetName = 'own, demo part' | 'own, generated part' | BlindSetName;

export interface EvaluationSet {
  name: SetName;
  queries: LabelledQuery[];
  /**
   * Organisations the set's labels say nothing about, left out of the ranked lists before they
   * are cut at K (condensed lists): the blind set was labelled over the demo and its own
   * organisations, without knowing the generated ones; the own set without knowing the blind ones.
   */
  unjudged: (key: string) => boolean;
}

export interface EvaluationWorld {
  sets: EvaluationSet[];
  /** Organisations imported: the demo's, the generated ones, the blind set's. */
  organisations: { demo: number; generated: number; blind: number };
  generated: GeneratedWorld;
  /** Labels naming an organisation the world does not hold, per set (a mistake in a set). */
  unknownLabels: Partial<Record<SetName, number>>;
}

const demo = demoDocument as unknown as InterchangeDocument;

/** Imports the world into the (migrated, themes and taxonomy synced) database of `ctx`, whose actor may import. */
export async function loadSearchEvaluation(ctx: ServiceContext, options: { generated: number }): Promise<EvaluationWorld> {
  const demoCities = (demo.cities ?? []).map((c) => c.key);
  const generated = generatedWorld(options.generated, demoCities);
  const blinds = readBlindSets();
  await importInterchange(ctx, demo);
  await importInterchange(ctx, generated.document);
  for (const blind of blinds) {
    if (blind.set.organisations.length) await importInterchange(ctx, { format: 'pontis-interchange/1', organisations: blind.set.organisations });
  }
  const blindOrganisations = blinds.flatMap((b) => b.set.organisations);
  const all = [...(demo.organisations ?? []), ...(generated.document.organisations ?? []), ...blindOrganisations];
  await createBaseline(ctx, all);
  const own = ownQueries(generated);
  // Each set's labels cover the organisations its author knew: the demo and its own. The own set
  // knows the generated organisations and no blind one; a blind set knows only its own.
  const othersBlind = (except?: string) => (key: string) => blinds.some((b) => b.prefix !== except && key.startsWith(b.prefix));
  const ownUnjudged = othersBlind();
  const sets: EvaluationSet[] = [
    { name: 'own, demo part', queries: own.demo, unjudged: ownUnjudged },
    { name: 'own, generated part', queries: own.generated, unjudged: ownUnjudged },
  ];
  for (const blind of blinds) {
    const otherBlind = othersBlind(blind.prefix);
    sets.push({ name: blind.name, queries: blind.set.queries, unjudged: (key) => key.startsWith('gen-') || otherBlind(key) });
  }
  const keys = new Set(all.map((o) => o.key));
  const unknownLabels = Object.fromEntries(
    sets.map((set) => [set.name, set.queries.reduce((n, q) => n + Object.keys(q.relevant).filter((k) => !keys.has(k)).length, 0)]),
  );
  return {
    sets,
    organisations: { demo: demo.organisations?.length ?? 0, generated: generated.organisations.length, blind: blindOrganisations.length },
    generated,
    unknownLabels,
  };
}

const organisationText = (o: InterchangeOrganisation) =>
  [o.name, ...(o.description ?? []).map((d) => d.text), ...[...(o.offers ?? []), ...(o.requests ?? [])].flatMap((i) => [i.title ?? '', i.text])].join(' ');

/**
 * The baseline: one document per organisation, to_tsvector('simple', unaccent(name, descriptions,
 * offers, requests)), in a table of its own in the evaluation's database (its texts as imported).
 */
async function createBaseline(ctx: ServiceContext, organisations: InterchangeOrganisation[]): Promise<void> {
  await ctx.db.execute(sql`DROP TABLE IF EXISTS search_evaluation_baseline`);
  await ctx.db.execute(sql`CREATE TABLE search_evaluation_baseline (key text PRIMARY KEY, document tsvector NOT NULL)`);
  for (let i = 0; i < organisations.length; i += 500) {
    const rows = organisations.slice(i, i + 500).map((o) => sql`(${o.key}, to_tsvector('simple', unaccent(${organisationText(o)})))`);
    await ctx.db.execute(sql`INSERT INTO search_evaluation_baseline (key, document) VALUES ${sql.join(rows, sql`, `)}`);
  }
  await ctx.db.execute(sql`CREATE INDEX ON search_evaluation_baseline USING gin (document)`);
  await ctx.db.execute(sql`ANALYZE search_evaluation_baseline`);
}

async function baselineRanking(ctx: ServiceContext, q: string, depth: number): Promise<string[]> {
  const rows = (await ctx.db.execute(sql`
    SELECT key FROM search_evaluation_baseline, plainto_tsquery('simple', unaccent(${q})) AS query
    WHERE document @@ query
    ORDER BY ts_rank(document, query) DESC, key
    LIMIT ${depth}`)) as unknown as { rows: { key: string }[] };
  return rows.rows.map((r) => r.key);
}

/**
 * The search as a signed-out visitor sees it: the first page of `limit` documents, then the related
 * results the page shows below them (when it found few organisations), by organisation.
 */
async function engineRanking(ctx: ServiceContext, q: string, depth: number, judged: (key: string) => boolean): Promise<string[]> {
  const hits: (string | undefined)[] = [];
  for (let offset = 0; offset < depth; offset += PAGE) {
    const result = await search({ ...ctx, actor: anonymous }, searchQuery.parse({ q, limit: Math.min(PAGE, depth - offset), offset }));
    hits.push(...[...result.items, ...result.related].map((hit) => hit.organisation?.key));
    const enough = firstPerOrganisation(hits).filter(judged).length >= K;
    if (enough || offset + result.items.length >= result.total) break;
  }
  return firstPerOrganisation(hits);
}

export type Method = 'search engine' | 'PostgreSQL full text';
export const methods: Method[] = ['search engine', 'PostgreSQL full text'];

export interface QueryOutcome {
  query: LabelledQuery;
  /** Organisation keys as returned (before condensing). */
  returned: Record<Method, string[]>;
  /** The ranked lists the figures are computed on (condensed where the set says so). */
  ranked: Record<Method, string[]>;
}

export interface SetOutcome {
  set: EvaluationSet;
  queries: QueryOutcome[];
  figures: Record<Method, RankingFigures>;
}

/**
 * Ranks every query of the sets with both methods. Both are read up to `depth` deep (the engine's
 * documents page by page until K judged organisations are in, the baseline's first `depth`
 * organisations): the engine's hits are
 * mapped to their organisations, each kept at its first hit, the set's unjudged organisations
 * left out, and the list cut at K organisations, in the engine's order.
 */
export async function runSearchEvaluation(ctx: ServiceContext, sets: readonly EvaluationSet[], depth = DEPTH): Promise<SetOutcome[]> {
  const out: SetOutcome[] = [];
  for (const set of sets) {
    const queries: QueryOutcome[] = [];
    for (const query of set.queries) {
      const returned: Record<Method, string[]> = {
        'search engine': await engineRanking(ctx, query.q, depth, (key) => !set.unjudged(key)),
        'PostgreSQL full text': await baselineRanking(ctx, query.q, depth),
      };
      const condense = (keys: string[]) => keys.filter((k) => !set.unjudged(k)).slice(0, K);
      queries.push({
        query,
        returned,
        ranked: { 'search engine': condense(returned['search engine']), 'PostgreSQL full text': condense(returned['PostgreSQL full text']) },
      });
    }
    const figures = Object.fromEntries(
      methods.map((m) => [
        m,
        {
          ...averageFigures(
            queries.map((o) => ({ ranked: o.ranked[m], grades: o.query.relevant as Grades })),
            K,
          ),
          // Nothing at all returned, before condensing.
          empty: queries.filter((o) => o.returned[m].length === 0).length,
        },
      ]),
    ) as Record<Method, RankingFigures>;
    out.push({ set, queries, figures });
  }
  return out;
}
