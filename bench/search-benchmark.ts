/**
 * Search benchmark (issue 3): a synthetic ecosystem (bench/synthetic-ecosystem.ts, 100,000
 * organisations in 200 cities by default) loaded into PGlite and PostgreSQL, then a fixed mix of
 * queries run through the real search service and, for each, the bare SQL statement that does the
 * same lookup, in the same process. Prints p50/p95 per engine and the ratio service / bare SQL.
 *
 *   npm run bench:search                       # 100,000 organisations, both engines
 *   npm run bench:search -- --organisations 10000 --engines postgres
 *
 * PGlite's data directory is cached under data/bench/ (gitignored) and reused while the
 * migrations, the generator and the size are unchanged; the PostgreSQL database pontis_bench is
 * created and dropped on every run (--keep keeps and reuses it; a kept database built by an older
 * set of migrations gets the newer ones applied, as an upgraded installation would).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Command } from 'commander';
import { sql, type SQL } from 'drizzle-orm';
import pg from 'pg';
import { loadConfig } from '../src/config.ts';
import { openDatabase, type Database } from '../src/db/database.ts';
import { listMigrations, migrate } from '../src/db/migrate.ts';
import { cities, cityAliases } from '../src/features/cities/cities.table.ts';
import { organisationItems, organisations } from '../src/features/organisations/organisations.table.ts';
import { reindexAll } from '../src/features/search/search-index.ts';
import { shippedTaxonomyHash, syncTaxonomy } from '../src/features/taxonomy/taxonomy.service.ts';
import { searchQuery, type SearchQuery } from '../src/features/search/search.schemas.ts';
import { search } from '../src/features/search/search.service.ts';
import { anonymous } from '../src/shared/actor.ts';
import type { ServiceContext } from '../src/shared/context.ts';
import { foldForLookup } from '../src/shared/text-normalize.ts';
import { generateEcosystem, type SyntheticOrganisation } from './synthetic-ecosystem.ts';
import { loadAverageLine, percentile, time } from './timing.ts';
import { typo } from './typo-of-name.ts';

const program = new Command()
  .option('--organisations <n>', 'organisations to generate', '100000')
  .option('--cities <n>', 'cities to generate', '200')
  .option('--engines <list>', 'pglite,postgres', 'pglite,postgres')
  .option('--rounds <n>', 'timed rounds over the query mix', '5')
  .option('--postgres-url <url>', 'server for the bench database', 'postgres://postgres@127.0.0.1:5432/postgres')
  .option('--keep', 'keep the PostgreSQL bench database (and reuse it next time)')
  .parse();
const opts = program.opts<{ organisations: string; cities: string; engines: string; rounds: string; postgresUrl: string; keep?: boolean }>();
const ORGS = Number(opts.organisations);
const CITIES = Number(opts.cities);
const ROUNDS = Number(opts.rounds);
const GENERATOR_VERSION = 1;

/** The same "today" for the data and the queries (valid-until days are relative to it). */
const TODAY = new Date().toISOString().slice(0, 10);
const eco = generateEcosystem({ organisations: ORGS, cities: CITIES, today: TODAY });

const log = (...args: unknown[]) => console.log(...args);
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

// ---------------------------------------------------------------- loading

async function load(database: Database): Promise<{ loadMs: number; indexMs: number; documents: number }> {
  // Recorded so that a kept database is reused only while the shipped taxonomy and lexicon are the same.
  await syncTaxonomy(database.db);
  const { db } = database;
  const started = performance.now();
  await db.insert(cities).values(eco.cities.map((c) => ({ id: c.id, key: c.key, name: c.name, nameNormalized: foldForLookup(c.name), country: c.country })));
  const aliases = eco.cities.flatMap((c) => c.aliases.map((a) => ({ cityId: c.id, name: a.name, lang: a.lang, normalized: foldForLookup(a.name) })));
  if (aliases.length) await db.insert(cityAliases).values(aliases);
  let orgBatch: SyntheticOrganisation[] = [];
  const flush = async () => {
    if (!orgBatch.length) return;
    await db.insert(organisations).values(
      orgBatch.map((o) => ({
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
    const items = orgBatch.flatMap((o) => o.items.map((i) => ({ ...i, organisationId: o.id })));
    for (let i = 0; i < items.length; i += 1000) await db.insert(organisationItems).values(items.slice(i, i + 1000));
    orgBatch = [];
  };
  for (const org of eco.organisations()) {
    orgBatch.push(org);
    if (orgBatch.length === 1000) await flush();
  }
  await flush();
  const loaded = performance.now();
  // The real indexer, set-based (search-index.ts reindexOrganisations), as a CSV import uses it.
  await reindexAll(ctxFor(database));
  const indexed = performance.now();
  await db.execute(sql`VACUUM ANALYZE`);
  const [{ n }] = ((await db.execute(sql`SELECT count(*)::int AS n FROM search_documents`)) as unknown as { rows: { n: number }[] }).rows;
  return { loadMs: loaded - started, indexMs: indexed - loaded, documents: Number(n) };
}

function ctxFor(database: Database): ServiceContext {
  return { db: database.db, actor: anonymous, config: loadConfig({ PONTIS_LOG_LEVEL: 'silent' } as NodeJS.ProcessEnv) };
}

function fingerprint(): string {
  const h = crypto.createHash('sha256');
  for (const m of listMigrations()) h.update(m.checksum);
  // The stored concepts and evidence terms come from the shipped taxonomy and lexicon: a change rebuilds.
  h.update(shippedTaxonomyHash());
  h.update(`${GENERATOR_VERSION}:${ORGS}:${CITIES}:${TODAY}`);
  return h.digest('hex').slice(0, 12);
}

async function openPglite(): Promise<Database> {
  const dir = path.resolve('data/bench', `search-${ORGS}-${fingerprint()}`);
  const ready = path.join(dir, 'loaded.json');
  if (fs.existsSync(ready)) {
    log(`PGlite: reusing ${path.relative(process.cwd(), dir)} (${fs.readFileSync(ready, 'utf8').trim()})`);
    return openDatabase({ kind: 'pglite', dataDir: dir, purpose: 'search benchmark' });
  }
  // A cache of the same size built from older migrations or another day is stale.
  const root = path.resolve('data/bench');
  for (const old of fs.existsSync(root) ? fs.readdirSync(root) : []) {
    if (old.startsWith(`search-${ORGS}-`)) fs.rmSync(path.join(root, old), { recursive: true, force: true });
  }
  const database = await openDatabase({ kind: 'pglite', dataDir: dir, purpose: 'search benchmark' });
  await migrate(database);
  const stats = await load(database);
  log(`PGlite: loaded in ${seconds(stats.loadMs)}, indexed ${stats.documents} documents in ${seconds(stats.indexMs)}`);
  fs.writeFileSync(ready, JSON.stringify({ ...stats, at: new Date().toISOString() }));
  return database;
}

async function openPostgres(): Promise<{ database: Database; drop: () => Promise<void> }> {
  const admin = new pg.Client({ connectionString: opts.postgresUrl });
  await admin.connect();
  const name = `pontis_bench_${ORGS}`;
  const url = new URL(opts.postgresUrl);
  url.pathname = `/${name}`;
  const exists = (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount;
  let database: Database;
  let reuse = false;
  if (exists && opts.keep) {
    database = await openDatabase({ kind: 'postgres', url: url.toString(), poolSize: 4 });
    // Reused only when built by the same migrations with the same size.
    const state = (await database.db
      .execute(
        sql`SELECT (SELECT count(*)::int FROM organisations) AS n, (SELECT string_agg(checksum, ',' ORDER BY name) FROM schema_migrations) AS migrations, (SELECT shipped_hash FROM taxonomy_revision) AS taxonomy`,
      )
      .catch(() => ({ rows: [{ n: 0, migrations: '', taxonomy: '' }] }))) as unknown as { rows: { n: number; migrations: string; taxonomy: string | null }[] };
    // Reused when built with the same size by the same migrations, or by their first ones: the
    // newer migrations are then applied to it, as on an upgraded installation.
    const current = listMigrations()
      .map((m) => m.checksum)
      .join(',');
    const stored = state.rows[0].migrations ?? '';
    reuse =
      Number(state.rows[0].n) === ORGS &&
      state.rows[0].taxonomy === shippedTaxonomyHash() &&
      !!stored &&
      (current === stored || current.startsWith(`${stored},`));
    if (reuse && current !== stored) {
      const { applied } = await migrate(database);
      await database.db.execute(sql`VACUUM ANALYZE`);
      log(`PostgreSQL: applied ${applied.join(', ')} to the kept database`);
    }
    if (!reuse) await database.close();
  }
  if (!reuse) {
    await admin.query(`DROP DATABASE IF EXISTS ${name}`);
    await admin.query(`CREATE DATABASE ${name}`);
    database = await openDatabase({ kind: 'postgres', url: url.toString(), poolSize: 4 });
    await migrate(database);
    const stats = await load(database);
    log(`PostgreSQL: loaded in ${seconds(stats.loadMs)}, indexed ${stats.documents} documents in ${seconds(stats.indexMs)}`);
  } else log(`PostgreSQL: reusing database ${name}`);
  return {
    database: database!,
    async drop() {
      await database!.close();
      if (!opts.keep) await admin.query(`DROP DATABASE IF EXISTS ${name}`);
      await admin.end();
    },
  };
}

// ---------------------------------------------------------------- the query mix

interface Case {
  label: string;
  group: string;
  query: Partial<SearchQuery>;
  /** The bare statement: one SQL query returning the same page (ids), no analysis, no facets. */
  bare: SQL;
}

const standing = sql`(valid_until IS NULL OR valid_until >= ${TODAY}::date) AND visibility = 'public'`;

const bareText = (config: string, text: string, offset = 0) => sql`
  SELECT id FROM search_documents
  WHERE search_vector @@ websearch_to_tsquery(${config}::regconfig, unaccent(${text})) AND ${standing}
  ORDER BY ts_rank_cd(search_vector, websearch_to_tsquery(${config}::regconfig, unaccent(${text}))) DESC, name_folded, id
  LIMIT 20 OFFSET ${offset}`;
const bareName = (text: string) => sql`
  SELECT id FROM search_documents
  WHERE ${foldForLookup(text)} <% name_folded AND ${standing}
  ORDER BY word_similarity(${foldForLookup(text)}, name_folded) DESC, name_folded, id
  LIMIT 20`;
const bareFilter = (where: SQL, offset = 0) => sql`
  SELECT id FROM search_documents WHERE ${where} AND ${standing} ORDER BY name_folded, id LIMIT 20 OFFSET ${offset}`;

function cases(sampleNames: string[], cityIds: Map<string, string>): Case[] {
  const out: Case[] = [];
  for (const name of sampleNames.slice(0, 4)) out.push({ label: `name "${name}"`, group: 'name', query: { q: name }, bare: bareName(name) });
  for (const name of sampleNames.slice(4, 8)) {
    const t = typo(name);
    out.push({ label: `typo "${t}"`, group: 'typo', query: { q: t }, bare: bareName(t) });
  }
  const words: [string, string, string][] = [
    ['de', 'german', 'Bewässerung'],
    ['de', 'german', 'Fernwärme'],
    ['de', 'german', 'Radwege'],
    ['ro', 'romanian', 'irigații'],
    ['ro', 'romanian', 'biciclete'],
    ['ro', 'romanian', 'energie regenerabilă'],
    ['en', 'english', 'irrigation'],
    ['en', 'english', 'cycle lanes'],
    ['en', 'english', 'renewable energy'],
    ['hu', 'hungarian', 'öntözés'],
    ['hu', 'hungarian', 'kerékpárút'],
    ['hu', 'hungarian', 'napelemek'],
  ];
  for (const [lang, config, word] of words)
    out.push({ label: `${lang} concept "${word}"`, group: `concept-${lang}`, query: { q: word }, bare: bareText(config, word) });
  const cluj = cityIds.get('cluj-napoca')!;
  const sibiu = cityIds.get('sibiu')!;
  out.push({ label: 'city alias "Klausenburg"', group: 'city', query: { q: 'Klausenburg' }, bare: bareFilter(sql`city_id = ${cluj}::uuid`) });
  out.push({
    label: 'alias + word "Kolozsvár kerékpár"',
    group: 'city',
    query: { q: 'Kolozsvár kerékpár' },
    bare: sql`SELECT id FROM search_documents WHERE city_id = ${cluj}::uuid AND search_vector @@ websearch_to_tsquery('hungarian', unaccent('kerékpár')) AND ${standing}
      ORDER BY ts_rank_cd(search_vector, websearch_to_tsquery('hungarian', unaccent('kerékpár'))) DESC, id LIMIT 20`,
  });
  out.push({
    label: 'alias + word "Hermannstadt Bewässerung"',
    group: 'city',
    query: { q: 'Hermannstadt Bewässerung' },
    bare: sql`SELECT id FROM search_documents WHERE city_id = ${sibiu}::uuid AND search_vector @@ websearch_to_tsquery('german', unaccent('Bewässerung')) AND ${standing}
      ORDER BY ts_rank_cd(search_vector, websearch_to_tsquery('german', unaccent('Bewässerung'))) DESC, id LIMIT 20`,
  });
  out.push({ label: 'filter city=Klausenburg', group: 'filter', query: { city: 'Klausenburg' }, bare: bareFilter(sql`city_id = ${cluj}::uuid`) });
  out.push({
    label: 'filter kind=university type=organisation',
    group: 'filter',
    query: { kind: 'university', type: 'organisation' },
    bare: bareFilter(sql`kind = 'university' AND entity_type = 'organisation'`),
  });
  out.push({
    label: 'filter type=offer category=expertise',
    group: 'filter',
    query: { type: 'offer', category: 'expertise' },
    bare: bareFilter(sql`entity_type = 'offer' AND category = 'expertise'`),
  });
  out.push({ label: 'filter concept=irrigation', group: 'filter', query: { concept: 'irrigation' }, bare: bareFilter(sql`concepts @> ARRAY['irrigation']`) });
  out.push({ label: 'filter sdg=6', group: 'filter', query: { sdg: 6 }, bare: bareFilter(sql`sdgs @> ARRAY[6]::smallint[]`) });
  out.push({
    label: 'filter theme=mobility lang=ro',
    group: 'filter',
    query: { theme: 'mobility', lang: 'ro' },
    bare: bareFilter(sql`themes @> ARRAY['mobility'] AND lang = 'ro'`),
  });
  out.push({
    label: 'word + filter "Solarenergie" city=Dortmund',
    group: 'filter',
    query: { q: 'Solarenergie', city: 'Dortmund' },
    bare: sql`SELECT id FROM search_documents WHERE city_id = ${cityIds.get('dortmund')!}::uuid AND search_vector @@ websearch_to_tsquery('german', unaccent('Solarenergie')) AND ${standing}
      ORDER BY ts_rank_cd(search_vector, websearch_to_tsquery('german', unaccent('Solarenergie'))) DESC, id LIMIT 20`,
  });
  out.push({ label: 'page 3 of "Universität"', group: 'paging', query: { q: 'Universität', offset: 40 }, bare: bareText('german', 'Universität', 40) });
  out.push({ label: 'page 11 browsing by name', group: 'paging', query: { sort: 'name', offset: 200 }, bare: bareFilter(sql`true`, 200) });
  out.push({ label: 'browse everything (all facets)', group: 'broad', query: {}, bare: bareFilter(sql`true`) });
  out.push({ label: 'broad word "Partner"', group: 'broad', query: { q: 'partner' }, bare: bareText('simple', 'partner') });
  return out;
}

// ---------------------------------------------------------------- timing

interface EngineResult {
  engine: string;
  service: number[];
  bare: number[];
  perCase: { label: string; service: number[]; bare: number[]; total: number }[];
}

async function run(engine: string, database: Database): Promise<EngineResult> {
  const ctx = ctxFor(database);
  const rows = (await database.db.execute(sql`SELECT key, id FROM cities`)) as unknown as { rows: { key: string; id: string }[] };
  const cityIds = new Map(rows.rows.map((r) => [r.key, r.id]));
  // Deterministic sample of names: every n-th generated organisation.
  const step = Math.max(1, Math.floor(ORGS / 8));
  const names: string[] = [];
  let i = 0;
  for (const org of eco.organisations()) if (i++ % step === 7 % step && names.length < 8) names.push(org.name);
  const mix = cases(names, cityIds);
  const result: EngineResult = { engine, service: [], bare: [], perCase: mix.map((c) => ({ label: c.label, service: [], bare: [], total: 0 })) };
  // One untimed pass warms caches and the tagger.
  for (const c of mix) {
    await search(ctx, searchQuery.parse(c.query));
    await database.db.execute(c.bare);
  }
  for (let round = 0; round < ROUNDS; round++) {
    for (const [k, c] of mix.entries()) {
      const parsed = searchQuery.parse(c.query);
      let total = 0;
      const s = await time(async () => {
        total = (await search(ctx, parsed)).total;
      });
      const b = await time(() => database.db.execute(c.bare));
      result.service.push(s);
      result.bare.push(b);
      result.perCase[k].service.push(s);
      result.perCase[k].bare.push(b);
      result.perCase[k].total = total;
    }
  }
  return result;
}

const ms = (v: number) => v.toFixed(1).padStart(7);

function report(results: EngineResult[]): void {
  log(
    `\nSearch benchmark: ${ORGS.toLocaleString('en')} organisations in ${CITIES} cities, ${ROUNDS} rounds over ${results[0]?.perCase.length ?? 0} queries, timed in one process (ms)`,
  );
  // The machine may be shared: the load says how much the figures can be trusted.
  log(`${loadAverageLine()}\n`);
  log('| engine | service p50 | service p95 | bare SQL p50 | bare SQL p95 | ratio p50 | ratio p95 |');
  log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of results) {
    const [s50, s95, b50, b95] = [percentile(r.service, 50), percentile(r.service, 95), percentile(r.bare, 50), percentile(r.bare, 95)];
    log(
      `| ${r.engine} | ${s50.toFixed(1)} | ${s95.toFixed(1)} | ${b50.toFixed(1)} | ${b95.toFixed(1)} | ${(s50 / b50).toFixed(1)}× | ${(s95 / b95).toFixed(1)}× |`,
    );
  }
  for (const r of results) {
    log(`\n${r.engine}: per query (median ms; total hits)`);
    for (const c of r.perCase) log(`  ${ms(percentile(c.service, 50))} service ${ms(percentile(c.bare, 50))} bare  ${String(c.total).padStart(7)}  ${c.label}`);
  }
}

const results: EngineResult[] = [];
for (const engine of opts.engines.split(',').map((e) => e.trim())) {
  if (engine === 'pglite') {
    const database = await openPglite();
    try {
      results.push(await run('PGlite', database));
    } finally {
      await database.close();
    }
  } else if (engine === 'postgres') {
    const { database, drop } = await openPostgres();
    try {
      results.push(await run('PostgreSQL', database));
    } finally {
      await drop();
    }
  } else throw new Error(`unknown engine ${engine}`);
}
report(results);
