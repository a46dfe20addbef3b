/**
 * `npm run eval:search`: loads the demo, the blind sets' organisations and a generated ecosystem
 * (1,500 organisations) into a fresh embedded database through the real interchange import, then
 * ranks every labelled query with the search service (signed out) and with plain PostgreSQL full
 * text in the same run, and prints recall@10, nDCG@10 and the queries without any result per set.
 *
 *   npm run eval:search                        # the table, as in the README
 *   npm run eval:search -- --verbose           # and every own query with both top lists
 *   npm run eval:search -- --verbose-blind     # the blind queries too (only when asked)
 *   npm run eval:search -- --without-blind     # the blind queries not ranked (while changing search)
 *   npm run eval:search -- --without-held-out  # the held-out set not ranked, the other blind sets are
 *   npm run eval:search -- --generated 300     # a smaller generated part
 *   npm run eval:search -- --record            # the floor's size; writes recorded-search-quality.json
 *   npm run eval:search -- --depth 100         # read only the first 100 documents (before 2026-12-07)
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { loadConfig } from '../../../config.ts';
import { openDatabase } from '../../../db/database.ts';
import { migrate } from '../../../db/migrate.ts';
import { systemActor } from '../../../shared/actor.ts';
import { syncTaxonomy } from '../../taxonomy/index.ts';
import { syncThemes } from '../../themes/index.ts';
import { formatFigures, formatQueries } from './search-evaluation-report.ts';
import {
  DEPTH,
  GENERATED_ORGANISATIONS,
  HELD_OUT_SET,
  isBlindSet,
  loadSearchEvaluation,
  methods,
  QUALITY_FLOOR_GENERATED,
  runSearchEvaluation,
  type SetOutcome,
} from './search-evaluation-world.ts';

const out = (line = '') => process.stdout.write(`${line}\n`);

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const RECORD_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'recorded-search-quality.json');

/** The figures search-quality.db.test.ts holds the engine to, per set, at the floor's size. */
function writeRecord(outcomes: readonly SetOutcome[], generated: number): void {
  const round = (x: number) => Math.round(x * 10_000) / 10_000;
  const bySet = (m: (typeof methods)[number]) =>
    Object.fromEntries(outcomes.map((o) => [o.set.name, { ...o.figures[m], recall: round(o.figures[m].recall), ndcg: round(o.figures[m].ndcg) }]));
  const record = {
    note: 'Written by npm run eval:search -- --record; read by search-quality.db.test.ts (floor: 0.05 below these).',
    generated,
    recordedAt: new Date().toISOString().slice(0, 10),
    engine: bySet('search engine'),
    baseline: bySet('PostgreSQL full text'),
  };
  fs.writeFileSync(RECORD_FILE, `${JSON.stringify(record, null, 2)}\n`);
  out();
  out(`Recorded in ${path.relative(process.cwd(), RECORD_FILE)}.`);
}

async function main() {
  const verbose = process.argv.includes('--verbose') || process.argv.includes('--verbose-blind');
  const verboseBlind = process.argv.includes('--verbose-blind');
  const record = process.argv.includes('--record');
  const withoutBlind = process.argv.includes('--without-blind');
  const withoutHeldOut = process.argv.includes('--without-held-out');
  if (record && (withoutBlind || withoutHeldOut)) throw new Error('--record needs every blind set: leave out --without-blind and --without-held-out');
  const generated = record ? QUALITY_FLOOR_GENERATED : Number(option('--generated') ?? GENERATED_ORGANISATIONS);
  const depth = record ? DEPTH : Number(option('--depth') ?? DEPTH);
  const started = performance.now();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pontis-eval-search-'));
  const database = await openDatabase({ kind: 'pglite', dataDir, purpose: 'eval:search' });
  try {
    await migrate(database);
    await syncThemes(database.db);
    await syncTaxonomy(database.db);
    const config = loadConfig({ PONTIS_DATA_DIR: dataDir, PONTIS_LOG_LEVEL: 'silent' } as NodeJS.ProcessEnv);
    const ctx = { db: database.db, actor: systemActor('eval:search'), config };
    const world = await loadSearchEvaluation(ctx, { generated });
    const loaded = performance.now();
    // Left out, the blind sets' organisations stay in the world: the other sets rank among them as always.
    const ranking = world.sets.filter((s) => !(withoutBlind && isBlindSet(s.name)) && !(withoutHeldOut && s.name === HELD_OUT_SET));
    const outcomes = await runSearchEvaluation(ctx, ranking, depth);
    const ranked = performance.now();
    const queries = outcomes.reduce((n, o) => n + o.queries.length, 0);
    const n = world.organisations;
    out(
      `Search evaluation: ${queries} queries; ${n.demo + n.generated + n.blind} organisations (demo ${n.demo}, generated ${n.generated}, blind set ${n.blind}); PGlite`,
    );
    out();
    for (const line of formatFigures(outcomes)) out(line);
    out();
    out(
      `Loading and indexing ${((loaded - started) / 1000).toFixed(1)} s; ranking ${((ranked - loaded) / 1000).toFixed(1)} s ` +
        `(${((ranked - loaded) / queries).toFixed(0)} ms per query, both methods); lists read up to ${depth} documents deep.`,
    );
    if (withoutBlind) out('The blind sets: left out (--without-blind).');
    else if (withoutHeldOut) out(`The held-out set ("${HELD_OUT_SET}"): left out (--without-held-out).`);
    else if (!outcomes.some((o) => isBlindSet(o.set.name))) out('No blind set (blind/blind-search-set*.json) is there yet: not evaluated.');
    for (const [set, count] of Object.entries(world.unknownLabels))
      if (count) out(`Warning: ${count} label(s) of the ${set} set name no organisation in the world.`);
    if (record) writeRecord(outcomes, generated);
    if (verbose) {
      for (const o of outcomes) {
        if (isBlindSet(o.set.name) && !verboseBlind) continue;
        out();
        for (const line of formatQueries(o)) out(line);
      }
    }
  } finally {
    await database.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
