/**
 * Matching benchmark (issue 4): the synthetic ecosystem of the search benchmark
 * (bench/synthetic-ecosystem.ts, 100,000 organisations in 200 cities by default), with
 * partnerships between the cities (each city has four partners) and some pending introductions,
 * loaded into PGlite and PostgreSQL through the real search indexer. For a fixed sample of
 * organisations it times the full service (suggestMatches: partner cities, candidates, rarity,
 * scoring, reasons rendered, top 10) and, in the same process, the bare SQL statement that fetches
 * the candidate set (match-candidates.ts candidateSetQuery). Prints p50/p95 and the ratio.
 *
 *   npm run bench:matching                          # 100,000 organisations, both engines
 *   npm run bench:matching -- --organisations 10000 --engines postgres
 *
 * PGlite's data directory is cached under data/bench/ (gitignored) while the migrations, the
 * generator and the size are unchanged; the PostgreSQL database pontis_matching_bench_<n> is
 * created on every run and dropped afterwards (--keep keeps and reuses it).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Command } from 'commander';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { loadConfig } from '../src/config.ts';
import { openDatabase, type Database } from '../src/db/database.ts';
import { listMigrations, migrate } from '../src/db/migrate.ts';
import { cities } from '../src/features/cities/cities.table.ts';
import { candidateSetQuery, loadProfile, partnerCities } from '../src/features/matching/match-candidates.ts';
import { allConcepts, allTerms } from '../src/features/matching/match-profile.ts';
import { suggestMatches } from '../src/features/matching/suggest-matches.service.ts';
import { organisationItems, organisations } from '../src/features/organisations/organisations.table.ts';
import { partnerships, partnershipCities, partnershipThemes } from '../src/features/partnerships/partnerships.table.ts';
import { reindexAll } from '../src/features/search/search-index.ts';
import { shippedTaxonomyHash, syncTaxonomy } from '../src/features/taxonomy/taxonomy.service.ts';
import { themeCatalogue } from '../src/features/themes/theme-catalogue.ts';
import { syncThemes } from '../src/features/themes/themes.service.ts';
import { systemActor } from '../src/shared/actor.ts';
import type { ServiceContext } from '../src/shared/context.ts';
import { foldForLookup } from '../src/shared/text-normalize.ts';
import { generateEcosystem, random, type SyntheticOrganisation } from './synthetic-ecosystem.ts';
import { percentile, time } from './timing.ts';

const program = new Command()
  .option('--organisations <n>', 'organisations to generate', '100000')
  .option('--cities <n>', 'cities to generate', '200')
  .option('--engines <list>', 'pglite,postgres', 'pglite,postgres')
  .option('--sample <n>', 'organisations timed per round', '40')
  .option('--rounds <n>', 'timed rounds over the sample', '3')
  .option('--postgres-url <url>', 'server for the bench database', 'postgres://postgres@127.0.0.1:5432/postgres')
  .option('--keep', 'keep the PostgreSQL bench database (and reuse it next time)')
  .option('--verbose', 'print the times per organisation')
  .parse();
const opts = program.opts<{
  organisations: string;
  cities: string;
  engines: string;
  sample: string;
  rounds: string;
  postgresUrl: string;
  keep?: boolean;
  verbose?: boolean;
}>();
const ORGS = Number(opts.organisations);
const CITIES = Number(opts.cities);
const SAMPLE = Number(opts.sample);
const ROUNDS = Number(opts.rounds);
const GENERATOR_VERSION = 1;
/** Each city is partnered with the next one and the one 13 places on (both ways): four partners. */
const PARTNER_OFFSETS = [1, 13];
const PENDING_INTRODUCTIONS = Math.round(ORGS / 50);

const TODAY = new Date().toISOString().slice(0, 10);
const eco = generateEcosystem({ organisations: ORGS, cities: CITIES, today: TODAY });
const log = (...args: unknown[]) => console.log(...args);
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function ctxFor(database: Database): ServiceContext {
  return { db: database.db, actor: systemActor('matching benchmark'), config: loadConfig({ PONTIS_LOG_LEVEL: 'silent' } as NodeJS.ProcessEnv) };
}

// ---------------------------------------------------------------- loading

async function load(database: Database): Promise<{ loadMs: number; indexMs: number }> {
  const { db } = database;
  const started = performance.now();
  await syncThemes(db);
  await syncTaxonomy(db);
  await db.insert(cities).values(eco.cities.map((c) => ({ id: c.id, key: c.key, name: c.name, nameNormalized: foldForLookup(c.name), country: c.country })));
  const rnd = random(4242);
  const themeKeys = themeCatalogue.map((t) => t.key);
  for (let i = 0; i < eco.cities.length; i++) {
    for (const offset of PARTNER_OFFSETS) {
      const a = eco.cities[i];
      const b = eco.cities[(i + offset) % eco.cities.length];
      if (a.id === b.id) continue;
      const [p] = await db
        .insert(partnerships)
        .values({ key: `${a.key}--${b.key}`, name: `${a.name} – ${b.name}`, kind: 'project-partnership', status: 'active' })
        .returning();
      await db.insert(partnershipCities).values([
        { partnershipId: p.id, cityId: a.id, position: 0 },
        { partnershipId: p.id, cityId: b.id, position: 1 },
      ]);
      const themes = [...new Set([0, 1, 2].map(() => themeKeys[Math.floor(rnd() * themeKeys.length)]))];
      await db.insert(partnershipThemes).values(themes.map((t, position) => ({ partnershipId: p.id, themeKey: t, position })));
    }
  }
  let batch: SyntheticOrganisation[] = [];
  const ids: string[] = [];
  const flush = async () => {
    if (!batch.length) return;
    await db.insert(organisations).values(
      batch.map((o) => ({
        id: o.id,
        key: o.key,
        name: o.name,
        kind: o.kind,
        cityId: o.cityId,
        languages: [o.lang],
        description: o.description,
        themes: o.themes,
      })),
    );
    const items = batch.flatMap((o) => o.items.map((i) => ({ ...i, organisationId: o.id })));
    for (let i = 0; i < items.length; i += 1000) await db.insert(organisationItems).values(items.slice(i, i + 1000));
    batch = [];
  };
  for (const org of eco.organisations()) {
    ids.push(org.id);
    batch.push(org);
    if (batch.length === 1000) await flush();
  }
  await flush();
  // Pending introductions between random organisations: they rank the busy ones down.
  const intro = random(777);
  for (let i = 0; i < PENDING_INTRODUCTIONS; i += 500) {
    const values = [];
    for (let j = i; j < Math.min(PENDING_INTRODUCTIONS, i + 500); j++) {
      const from = ids[Math.floor(intro() * ids.length)];
      const to = ids[Math.floor(intro() * ids.length)];
      if (from !== to) values.push(sql`(${from}::uuid, ${to}::uuid, 'pending', 'benchmark')`);
    }
    if (values.length)
      await db.execute(
        sql`INSERT INTO introductions (from_organisation_id, to_organisation_id, status, message) VALUES ${sql.join(values, sql`, `)} ON CONFLICT DO NOTHING`,
      );
  }
  const loaded = performance.now();
  await reindexAll(ctxFor(database));
  const indexed = performance.now();
  await db.execute(sql`VACUUM ANALYZE`);
  return { loadMs: loaded - started, indexMs: indexed - loaded };
}

function fingerprint(): string {
  const h = crypto.createHash('sha256');
  for (const m of listMigrations()) h.update(m.checksum);
  // The stored concepts and evidence terms come from the shipped taxonomy and lexicon: a change rebuilds.
  h.update(shippedTaxonomyHash());
  h.update(`${GENERATOR_VERSION}:${ORGS}:${CITIES}:${TODAY}:${PARTNER_OFFSETS.join(',')}`);
  return h.digest('hex').slice(0, 12);
}

async function openPglite(): Promise<{ database: Database; drop: () => Promise<void> }> {
  const dir = path.resolve('data/bench', `matching-${ORGS}-${fingerprint()}`);
  const ready = path.join(dir, 'loaded.json');
  if (fs.existsSync(ready)) {
    log(`PGlite: reusing ${path.relative(process.cwd(), dir)}`);
    const database = await openDatabase({ kind: 'pglite', dataDir: dir, purpose: 'matching benchmark' });
    return { database, drop: () => database.close() };
  }
  const root = path.resolve('data/bench');
  for (const old of fs.existsSync(root) ? fs.readdirSync(root) : []) {
    if (old.startsWith(`matching-${ORGS}-`)) fs.rmSync(path.join(root, old), { recursive: true, force: true });
  }
  const database = await openDatabase({ kind: 'pglite', dataDir: dir, purpose: 'matching benchmark' });
  await migrate(database);
  const stats = await load(database);
  log(`PGlite: loaded in ${seconds(stats.loadMs)}, indexed in ${seconds(stats.indexMs)}`);
  fs.writeFileSync(ready, JSON.stringify({ ...stats, at: new Date().toISOString() }));
  return { database, drop: () => database.close() };
}

async function openPostgres(): Promise<{ database: Database; drop: () => Promise<void> }> {
  const admin = new pg.Client({ connectionString: opts.postgresUrl });
  await admin.connect();
  const name = `pontis_matching_bench_${ORGS}`;
  const url = new URL(opts.postgresUrl);
  url.pathname = `/${name}`;
  const exists = (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount;
  let database: Database | undefined;
  if (exists && opts.keep) {
    database = await openDatabase({ kind: 'postgres', url: url.toString(), poolSize: 4 });
    const state = (await database.db
      .execute(
        sql`SELECT (SELECT count(*)::int FROM organisations) AS n, (SELECT string_agg(checksum, ',' ORDER BY name) FROM schema_migrations) AS migrations, (SELECT shipped_hash FROM taxonomy_revision) AS taxonomy`,
      )
      .catch(() => ({ rows: [{ n: 0, migrations: '', taxonomy: '' }] }))) as unknown as { rows: { n: number; migrations: string; taxonomy: string | null }[] };
    const current = listMigrations()
      .map((m) => m.checksum)
      .join(',');
    if (Number(state.rows[0].n) === ORGS && state.rows[0].migrations === current && state.rows[0].taxonomy === shippedTaxonomyHash())
      log(`PostgreSQL: reusing database ${name}`);
    else {
      await database.close();
      database = undefined;
    }
  }
  if (!database) {
    await admin.query(`DROP DATABASE IF EXISTS ${name}`);
    await admin.query(`CREATE DATABASE ${name}`);
    database = await openDatabase({ kind: 'postgres', url: url.toString(), poolSize: 4 });
    await migrate(database);
    const stats = await load(database);
    log(`PostgreSQL: loaded in ${seconds(stats.loadMs)}, indexed in ${seconds(stats.indexMs)}`);
  }
  const db = database;
  return {
    database: db,
    async drop() {
      await db.close();
      if (!opts.keep) await admin.query(`DROP DATABASE IF EXISTS ${name}`);
      await admin.end();
    },
  };
}

// ---------------------------------------------------------------- timing

interface EngineResult {
  engine: string;
  service: number[];
  bare: number[];
  candidates: number[];
}

async function run(engine: string, database: Database): Promise<EngineResult> {
  const ctx = ctxFor(database);
  // A fixed sample: every n-th generated organisation that has an offer or request (so bigger
  // cities, which have more organisations, are sampled more often, as a random user would be).
  const withItems = (
    (await database.db.execute(sql`
    SELECT o.id FROM organisations o WHERE EXISTS (SELECT 1 FROM organisation_items i WHERE i.organisation_id = o.id)
    ORDER BY o.key`)) as unknown as { rows: { id: string }[] }
  ).rows.map((r) => r.id);
  const step = Math.max(1, Math.floor(withItems.length / SAMPLE));
  const sample = withItems.filter((_, i) => i % step === 0).slice(0, SAMPLE);
  const bareQueries: ReturnType<typeof candidateSetQuery>[] = [];
  for (const id of sample) {
    const reader = (await loadProfile(database.db, id))!;
    const cityIds = (await partnerCities(database.db, reader.cityId)).map((c) => c.cityId);
    bareQueries.push(candidateSetQuery({ cityIds, concepts: [...allConcepts(reader)], terms: [...allTerms(reader)] }));
  }
  const result: EngineResult = { engine, service: [], bare: [], candidates: [] };
  // One warm-up round, then the timed ones; service and bare SQL alternate per organisation.
  for (let round = 0; round <= ROUNDS; round++) {
    for (let i = 0; i < sample.length; i++) {
      let rows = 0;
      const s = await time(() => suggestMatches(ctx, sample[i], { limit: 10, lang: 'en' }));
      const b = await time(async () => {
        rows = ((await database.db.execute(bareQueries[i])) as unknown as { rows: unknown[] }).rows.length;
      });
      if (round === 0) {
        result.candidates.push(rows);
        continue;
      }
      result.service.push(s);
      result.bare.push(b);
    }
  }
  if (opts.verbose) {
    for (let i = 0; i < sample.length; i++) {
      const mine = (list: number[]) => list.filter((_, j) => j % sample.length === i);
      log(
        `${engine} ${sample[i]}: service ${percentile(mine(result.service), 50).toFixed(1)} ms, bare ${percentile(mine(result.bare), 50).toFixed(1)} ms, ${result.candidates[i]} candidate rows`,
      );
    }
  }
  return result;
}

async function main() {
  const engines = opts.engines.split(',').map((e) => e.trim());
  const results: EngineResult[] = [];
  for (const engine of engines) {
    const opened = engine === 'pglite' ? await openPglite() : await openPostgres();
    try {
      results.push(await run(engine === 'pglite' ? 'PGlite' : 'PostgreSQL', opened.database));
    } finally {
      await opened.drop();
    }
  }
  log('');
  log(`Matching benchmark: ${ORGS.toLocaleString('en')} organisations in ${CITIES} cities (4 partner cities each), top 10 for one organisation,`);
  log(`${SAMPLE} organisations × ${ROUNDS} rounds, timed in one process (ms)`);
  log('');
  log('| engine | service p50 | service p95 | bare SQL p50 | bare SQL p95 | ratio p50 | ratio p95 | candidate rows p50 |');
  log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of results) {
    const sp50 = percentile(r.service, 50);
    const sp95 = percentile(r.service, 95);
    const bp50 = percentile(r.bare, 50);
    const bp95 = percentile(r.bare, 95);
    log(
      `| ${r.engine} | ${sp50.toFixed(1)} | ${sp95.toFixed(1)} | ${bp50.toFixed(1)} | ${bp95.toFixed(1)} | ${(sp50 / bp50).toFixed(1)}× | ${(sp95 / bp95).toFixed(1)}× | ${percentile(r.candidates, 50)} |`,
    );
  }
}

await main();
