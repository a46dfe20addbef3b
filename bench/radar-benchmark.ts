/**
 * Benchmark of the call radar at the portal's scale: imports a generated reference file
 * (bench/generate-grants-tenders.ts, 11,000 records by default) into a fresh database and times
 * the radar for ideas in four languages against its bare candidate query (the calls sharing a
 * concept with the idea, open or forthcoming, without pre-scoring, ranking or presenting),
 * alternating in one process. Prints how many calls fit each idea, p50/p95 and their ratio.
 *
 *   npm run bench:radar
 *   npm run bench:radar -- --engine pglite --records 3000 --target-mb 20 --rounds 3
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { and, inArray, sql } from 'drizzle-orm';
import pg from 'pg';
import { withDatabase } from '../src/cli/with-database.ts';
import { loadConfig } from '../src/config.ts';
import { callRadar, RADAR_CANDIDATES } from '../src/features/call-radar/call-radar.service.ts';
import { textProfile } from '../src/features/call-radar/radar-profiles.ts';
import { callStatusSql, nextDeadlineSql } from '../src/features/calls/call-status-sql.ts';
import { fundingCalls } from '../src/features/calls/calls.table.ts';
import { importCallsFromFile } from '../src/features/calls/import-calls.ts';
import type { ServiceContext } from '../src/shared/context.ts';
import { generateGrantsTenders } from './generate-grants-tenders.ts';
import { percentile, time } from './timing.ts';

const program = new Command()
  .option('--records <n>', 'records in the generated file', '11000')
  .option('--target-mb <n>', 'size of the generated file', '130')
  .option('--engine <engine>', 'postgres or pglite', 'postgres')
  .option('--rounds <n>', 'rounds over the ideas', '5')
  .option('--postgres-url <url>', 'server for the temporary bench database', 'postgres://postgres@127.0.0.1:5432/postgres')
  .parse();
const opts = program.opts<{ records: string; targetMb: string; engine: string; rounds: string; postgresUrl: string }>();
const log = (line: string) => process.stderr.write(`${line}\n`);

const ideas = [
  'Klimaneutrale Stadtquartiere und energetische Sanierung öffentlicher Gebäude',
  'Digitalizarea serviciilor publice și date deschise pentru cetățeni',
  'Városi hőszigetek, zöld infrastruktúra és klímaalkalmazkodás',
  'Youth exchanges and town twinning between partner cities',
  'Hydrogen buses, charging infrastructure and public transport',
];

const root = path.resolve(import.meta.dirname, '..');
const benchDir = path.join(root, 'data', 'bench');
const file = path.join(benchDir, `grantsTenders-${opts.records}-${opts.targetMb}mb.json`);
fs.mkdirSync(benchDir, { recursive: true });
if (!fs.existsSync(file)) {
  log(`Generating ${file} …`);
  await generateGrantsTenders(file, { records: Number(opts.records), targetBytes: Number(opts.targetMb) * 1048576 });
}

/** The bare candidate query: what any radar must read before it can rank. */
async function bareCandidates(ctx: ServiceContext, keys: string[], now: Date) {
  const c = fundingCalls;
  return ctx.db
    .select({ id: c.id, concepts: c.concepts })
    .from(c)
    .where(and(sql`${c.concepts} && ${`{${keys.map((k) => `"${k}"`).join(',')}}`}::text[]`, inArray(callStatusSql(now), ['open', 'forthcoming'])))
    .orderBy(sql`${nextDeadlineSql(now)} ASC NULLS LAST`)
    .limit(RADAR_CANDIDATES);
}

async function bench(ctx: ServiceContext) {
  const t0 = performance.now();
  const summary = await importCallsFromFile(ctx, file);
  log(`Imported ${summary.records} records in ${((performance.now() - t0) / 1000).toFixed(1)} s.`);
  const reader = ctx;
  const now = new Date();
  const profiles = await Promise.all(ideas.map((idea) => textProfile(reader, idea)));
  for (const [i, idea] of ideas.entries()) {
    const keys = [...profiles[i].concepts.keys()];
    const counted = (await ctx.db.execute(
      sql`SELECT count(*)::int AS n FROM funding_calls WHERE concepts && ${`{${keys.map((k) => `"${k}"`).join(',')}}`}::text[] AND ${callStatusSql(now)} IN ('open', 'forthcoming')`,
    )) as unknown as { rows: { n: number }[] };
    const n = counted.rows[0].n;
    log(`  ${idea.slice(0, 60)} … concepts ${keys.join(', ') || '(none)'}; ${n} open or forthcoming calls share one`);
  }
  const radar: number[] = [];
  const bare: number[] = [];
  // Warm-up, then alternate so that both see the same machine state.
  for (const [i, idea] of ideas.entries()) {
    await callRadar(reader, { text: idea, status: 'open-forthcoming', limit: 10 }, now);
    await bareCandidates(ctx, [...profiles[i].concepts.keys()], now);
  }
  for (let round = 0; round < Number(opts.rounds); round++) {
    for (const [i, idea] of ideas.entries()) {
      radar.push(await time(() => callRadar(reader, { text: idea, status: 'open-forthcoming', limit: 10 }, now)));
      bare.push(await time(() => bareCandidates(ctx, [...profiles[i].concepts.keys()], now)));
    }
  }
  const f = (ms: number) => ms.toFixed(1);
  const [r50, r95, b50, b95] = [percentile(radar, 50), percentile(radar, 95), percentile(bare, 50), percentile(bare, 95)];
  log(
    `Load: ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')} on ${os.cpus().length} CPUs.`,
  );
  process.stdout.write(
    `| engine | calls | radar p50 | radar p95 | bare candidates p50 | bare candidates p95 | ratio p50 | ratio p95 |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n` +
      `| ${opts.engine} | ${summary.records} | ${f(r50)} | ${f(r95)} | ${f(b50)} | ${f(b95)} | ${(r50 / b50).toFixed(1)}× | ${(r95 / b95).toFixed(1)}× |\n`,
  );
}

if (opts.engine === 'pglite') {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pontis-radar-bench-'));
  try {
    await withDatabase(loadConfig({ PONTIS_DATA_DIR: dir, PONTIS_LOG_LEVEL: 'warn' } as NodeJS.ProcessEnv), 'radar benchmark', bench);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
} else {
  const name = `pontis_radar_bench_${crypto.randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: opts.postgresUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(opts.postgresUrl);
  url.pathname = `/${name}`;
  try {
    await withDatabase(loadConfig({ DATABASE_URL: url.toString(), PONTIS_LOG_LEVEL: 'warn' } as NodeJS.ProcessEnv), 'radar benchmark', bench);
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name}`);
    await admin.end();
  }
}
