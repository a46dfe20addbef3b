/**
 * `npm run eval:matching`: loads the labelled evaluation ecosystem (120 organisations in Dortmund,
 * Cluj-Napoca and Sibiu, in de, ro, hu and en) into a fresh embedded database through the real
 * interchange import (tagger and search index included), runs the matching engine and a plain
 * keyword-overlap baseline for every labelled query in the same run, and prints recall@5, MRR
 * and violations (suggestions from the own city or a city without a partnership).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { loadConfig } from '../../../config.ts';
import { openDatabase } from '../../../db/database.ts';
import { migrate } from '../../../db/migrate.ts';
import { systemActor } from '../../../shared/actor.ts';
import { foldForLookup } from '../../../shared/text-normalize.ts';
import { importInterchange } from '../../interchange/index.ts';
import { syncTaxonomy } from '../../taxonomy/index.ts';
import { syncThemes } from '../../themes/index.ts';
import { runMatching } from '../match-engine.ts';
import { evaluationDocument } from './evaluation-document.ts';
import { evaluationQueries } from './evaluation-queries.ts';
import { keywordOverlapRanking } from './keyword-baseline.ts';

/** The report goes to stdout as Markdown, ready for the README. */
const out = (line = '') => process.stdout.write(`${line}\n`);

const K = 5;

interface Ranked {
  keys: string[];
  cities: string[];
}

interface Figures {
  recall: number;
  mrr: number;
  violations: number;
  suggestions: number;
}

function evaluate(rankings: Map<string, Ranked>, partnersOf: (city: string) => Set<string>, cityOf: Map<string, string>): Figures & { perQuery: string[] } {
  let recall = 0;
  let mrr = 0;
  let violations = 0;
  let suggestions = 0;
  const perQuery: string[] = [];
  for (const q of evaluationQueries) {
    const ranked = rankings.get(q.organisation)!;
    const top = ranked.keys.slice(0, K);
    const found = q.relevant.filter((r) => top.includes(r)).length;
    recall += found / q.relevant.length;
    const first = ranked.keys.findIndex((k) => q.relevant.includes(k));
    mrr += first >= 0 ? 1 / (first + 1) : 0;
    const own = cityOf.get(q.organisation)!;
    const allowed = partnersOf(own);
    for (const city of ranked.cities.slice(0, 10)) {
      suggestions++;
      if (city === own || !allowed.has(city)) violations++;
    }
    perQuery.push(`${q.organisation.padEnd(20)} ${found}/${q.relevant.length}  first relevant at ${first >= 0 ? first + 1 : '-'}  top: ${top.join(', ')}`);
  }
  return { recall: recall / evaluationQueries.length, mrr: mrr / evaluationQueries.length, violations, suggestions, perQuery };
}

async function main() {
  const verbose = process.argv.includes('--verbose');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pontis-eval-matching-'));
  const database = await openDatabase({ kind: 'pglite', dataDir, purpose: 'eval:matching' });
  try {
    await migrate(database);
    await syncThemes(database.db);
    await syncTaxonomy(database.db);
    const config = loadConfig({ PONTIS_DATA_DIR: dataDir, PONTIS_LOG_LEVEL: 'silent' } as NodeJS.ProcessEnv);
    const ctx = { db: database.db, actor: systemActor('eval:matching'), config };
    await importInterchange(ctx, evaluationDocument);

    const orgRows = (
      (await database.db.execute(sql`SELECT o.id, o.key, c.key AS city FROM organisations o JOIN cities c ON c.id = o.city_id`)) as unknown as {
        rows: { id: string; key: string; city: string }[];
      }
    ).rows;
    const idOf = new Map(orgRows.map((r) => [r.key, r.id]));
    const keyOf = new Map(orgRows.map((r) => [r.id, r.key]));
    const cityOf = new Map(orgRows.map((r) => [r.key, r.city]));
    const partnerships = evaluationDocument.partnerships ?? [];
    const partnersOf = (city: string) =>
      new Set(
        partnerships
          .filter((p) => p.cities.includes(city))
          .flatMap((p) => p.cities)
          .filter((c) => c !== city),
      );

    const engine = new Map<string, Ranked>();
    const started = performance.now();
    for (const q of evaluationQueries) {
      const result = await runMatching(database.db, idOf.get(q.organisation)!, { limit: 10 });
      const keys = result.matches.map((m) => keyOf.get(m.organisationId)!);
      engine.set(q.organisation, { keys, cities: keys.map((k) => cityOf.get(k)!) });
    }
    const engineMs = (performance.now() - started) / evaluationQueries.length;

    // The baseline reads the same organisations as the import wrote them (all their texts).
    const texts = new Map(
      (evaluationDocument.organisations ?? []).map((o) => [
        o.key,
        foldForLookup(
          [o.name, ...(o.description ?? []).map((d) => d.text), ...[...(o.offers ?? []), ...(o.requests ?? [])].flatMap((i) => [i.title ?? '', i.text])].join(
            ' ',
          ),
        ),
      ]),
    );
    const baselineAll = new Map<string, Ranked>();
    const baselinePartners = new Map<string, Ranked>();
    for (const q of evaluationQueries) {
      const all = keywordOverlapRanking(q.organisation, texts, () => true).slice(0, 10);
      baselineAll.set(q.organisation, { keys: all, cities: all.map((k) => cityOf.get(k)!) });
      const allowed = partnersOf(cityOf.get(q.organisation)!);
      const partners = keywordOverlapRanking(q.organisation, texts, (k) => allowed.has(cityOf.get(k)!)).slice(0, 10);
      baselinePartners.set(q.organisation, { keys: partners, cities: partners.map((k) => cityOf.get(k)!) });
    }

    const rows: [string, ReturnType<typeof evaluate>][] = [
      ['matching engine', evaluate(engine, partnersOf, cityOf)],
      ['keyword overlap, all cities', evaluate(baselineAll, partnersOf, cityOf)],
      ['keyword overlap, partner cities', evaluate(baselinePartners, partnersOf, cityOf)],
    ];
    const perCity = Object.entries(
      (evaluationDocument.organisations ?? []).reduce<Record<string, number>>((acc, o) => ((acc[o.city] = (acc[o.city] ?? 0) + 1), acc), {}),
    );
    out(`Matching evaluation: ${evaluationQueries.length} queries, ${orgRows.length} organisations (${perCity.map(([c, n]) => `${c} ${n}`).join(', ')})`);
    out();
    out(`| method | recall@${K} | MRR | violations (of suggestions in the top 10) |`);
    out('| --- | --- | --- | --- |');
    for (const [name, f] of rows) out(`| ${name} | ${f.recall.toFixed(3)} | ${f.mrr.toFixed(3)} | ${f.violations} of ${f.suggestions} |`);
    out();
    out(`Engine: ${engineMs.toFixed(1)} ms per query on PGlite (embedded).`);
    if (verbose) for (const [name, f] of rows) out(`\n${name}:\n  ${f.perQuery.join('\n  ')}`);
  } finally {
    await database.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
