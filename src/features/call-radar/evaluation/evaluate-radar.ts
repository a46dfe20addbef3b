/**
 * `npm run eval:radar` (`-- --verbose` adds every query's top 5): loads the labelled radar set
 * (46 calls in the portal's reference-file shape, 10 organisations in 4 cities and 2
 * partnerships) into a fresh embedded database through the real imports, ranks 24 queries
 * (ideas in de, ro, hu and en, organisations, partnerships) with the call radar and a plain
 * keyword-overlap baseline in the same run, at the set's fixed date, and prints recall@5,
 * nDCG@5 and MRR per language and overall as Markdown.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../../config.ts';
import { openDatabase } from '../../../db/database.ts';
import { migrate } from '../../../db/migrate.ts';
import { systemActor } from '../../../shared/actor.ts';
import { syncTaxonomy } from '../../taxonomy/index.ts';
import { syncThemes } from '../../themes/index.ts';
import { evaluationNow, loadRadarEvaluation, queryKind, radarEvalSet, runRadarEvaluation, type QueryOutcome } from './radar-evaluation.ts';
import { averageFigures, ndcgAt, type RankingFigures } from './radar-metrics.ts';

const out = (line = '') => process.stdout.write(`${line}\n`);
const K = 5;
const f3 = (x: number) => x.toFixed(3);

function figures(outcomes: readonly QueryOutcome[], method: 'radar' | 'baseline'): RankingFigures {
  return averageFigures(
    outcomes.map((o) => ({ ranked: o[method].ranked, grades: o.query.relevant })),
    K,
  );
}

async function main() {
  const verbose = process.argv.includes('--verbose');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pontis-eval-radar-'));
  const database = await openDatabase({ kind: 'pglite', dataDir, purpose: 'eval:radar' });
  try {
    await migrate(database);
    await syncThemes(database.db);
    await syncTaxonomy(database.db);
    const config = loadConfig({ PONTIS_DATA_DIR: dataDir, PONTIS_LOG_LEVEL: 'silent' } as NodeJS.ProcessEnv);
    const ctx = { db: database.db, actor: systemActor('eval:radar'), config };
    const imported = await loadRadarEvaluation(ctx);
    const outcomes = await runRadarEvaluation(ctx, radarEvalSet.queries);

    const kinds = ['text', 'organisation', 'partnership'].map((k) => `${outcomes.filter((o) => queryKind(o.query) === k).length} ${k}`).join(', ');
    out(
      `Call radar evaluation: ${outcomes.length} queries (${kinds}), ${imported.added} calls imported (${imported.skipped} skipped), at ${evaluationNow.toISOString()}`,
    );
    out();
    out(`| queries | n | radar recall@${K} | radar nDCG@${K} | radar MRR | keyword recall@${K} | keyword nDCG@${K} | keyword MRR |`);
    out('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    const groups: [string, QueryOutcome[]][] = [
      ...['de', 'ro', 'hu', 'en'].map(
        (lang) => [`ideas and organisations, ${lang}`, outcomes.filter((o) => o.query.lang === lang)] as [string, QueryOutcome[]],
      ),
      ['partnerships (mixed languages)', outcomes.filter((o) => o.query.lang === 'mixed')],
      ['all', outcomes],
      // The same queries cut by what is ranked: a free-text idea, an organisation's profile, a partnership's.
      ...(['text', 'organisation', 'partnership'] as const).map(
        (k) => [`by kind: ${k}`, outcomes.filter((o) => queryKind(o.query) === k)] as [string, QueryOutcome[]],
      ),
    ];
    for (const [name, group] of groups) {
      if (!group.length) continue;
      const r = figures(group, 'radar');
      const b = figures(group, 'baseline');
      out(`| ${name} | ${group.length} | ${f3(r.recall)} | ${f3(r.ndcg)} | ${f3(r.mrr)} | ${f3(b.recall)} | ${f3(b.ndcg)} | ${f3(b.mrr)} |`);
    }
    out();
    for (const o of outcomes.filter((x) => queryKind(x.query) === 'partnership')) {
      out(
        `City-programme calls in the top ${K} for ${o.query.partnership}: radar ${o.radar.cityProgrammesInTop5} of ${Math.min(K, o.radar.ranked.length)}, keyword ${o.baseline.cityProgrammesInTop5} of ${Math.min(K, o.baseline.ranked.length)}.`,
      );
    }
    const closed = outcomes.flatMap((o) => o.closedSuggested);
    out(`Closed calls suggested by the radar: ${closed.length}${closed.length ? ` (${[...new Set(closed)].join(', ')})` : ''}.`);
    const empty = outcomes.filter((o) => o.radar.ranked.length === 0).map((o) => o.query.id);
    out(`Queries the radar found nothing for: ${empty.length}${empty.length ? ` (${empty.join(', ')})` : ''}.`);

    if (verbose) {
      for (const o of outcomes) {
        const mark = (id: string) => `${id}${o.query.relevant[id] ? `[${o.query.relevant[id]}]` : ''}`;
        out();
        out(`${o.query.id}  radar nDCG@${K} ${f3(ndcgAt(o.radar.ranked, o.query.relevant, K))}  keyword ${f3(ndcgAt(o.baseline.ranked, o.query.relevant, K))}`);
        out(`  radar:   ${o.radar.ranked.slice(0, K).map(mark).join(', ') || '-'}`);
        out(`  keyword: ${o.baseline.ranked.slice(0, K).map(mark).join(', ') || '-'}`);
      }
    }
  } finally {
    await database.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
