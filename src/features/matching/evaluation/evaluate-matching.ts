/**
 * `npm run eval:matching`: evaluates the matching engine, its text-only ablation and three
 * baselines (PostgreSQL full text, keyword overlap over all or partner cities) on each labelled
 * set (labelled-sets.ts), each loaded into a fresh embedded database through the real import, and
 * prints recall@5, MRR and violations per set as Markdown. The blind set also gets hard negatives
 * ranked above the first relevant organisation, and organisations with text but no suggestion.
 *
 * Flags: --verbose prints the own set's queries; --verbose-blind the blind set's (kept apart so
 * that nobody tunes on it by accident); --record writes the engine's figures to
 * recorded-matching-quality.json, the floor matching-quality.db.test.ts holds; --without-blind
 * leaves the blind set out, for runs while the engine is being changed (its figures are read once
 * a change is finished, never while tuning).
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
import { evaluateLabelledSet, methodLabels, type MethodKey, type SetEvaluation } from './evaluate-set.ts';
import { blindSetFile, developmentSet, loadBlindSet, ownSet, type LabelledSet } from './labelled-sets.ts';
import { K } from './set-figures.ts';

const out = (line = '') => process.stdout.write(`${line}\n`);
const methods: MethodKey[] = ['engine', 'engine-text-only', 'fulltext-partners', 'keyword-all', 'keyword-partners'];
const recordedFile = new URL('./recorded-matching-quality.json', import.meta.url);

async function evaluateOnFreshDatabase(set: LabelledSet, withHardNegatives: boolean): Promise<SetEvaluation> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pontis-eval-matching-'));
  const database = await openDatabase({ kind: 'pglite', dataDir, purpose: 'eval:matching' });
  try {
    await migrate(database);
    await syncThemes(database.db);
    await syncTaxonomy(database.db);
    const config = loadConfig({ PONTIS_DATA_DIR: dataDir, PONTIS_LOG_LEVEL: 'silent' } as NodeJS.ProcessEnv);
    return await evaluateLabelledSet({ db: database.db, actor: systemActor('eval:matching'), config }, set, { methods, coverage: withHardNegatives });
  } finally {
    await database.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

function printSet(e: SetEvaluation, withHardNegatives: boolean, verbose: boolean) {
  const cities = e.organisationsPerCity.map(([c, n]) => `${c} ${n}`).join(', ');
  out(`### ${e.set.title}`);
  out();
  out(`${e.queries} queries, ${e.organisationsPerCity.reduce((s, [, n]) => s + n, 0)} organisations (${cities})`);
  out();
  const kinds = withHardNegatives ? e.methods[0].figures.hardNegatives.filter((h) => h.labelled > 0) : [];
  const hardHead = kinds.map((h) => ` ${h.kind} (of ${h.labelled}) |`).join('');
  out(`| method | recall@${K} | MRR | violations (of suggestions in the top 10) |${hardHead}`);
  out(`| --- | --- | --- | --- |${' --- |'.repeat(kinds.length)}`);
  for (const m of e.methods) {
    const f = m.figures;
    const hard = kinds.map((k) => ` ${f.hardNegatives.find((h) => h.kind === k.kind)!.above} |`).join('');
    out(`| ${methodLabels[m.method]} | ${f.recall.toFixed(3)} | ${f.mrr.toFixed(3)} | ${f.violations} of ${f.suggestions} |${hard}`);
  }
  out();
  if (kinds.length)
    out('Hard-negative columns: how many of the labelled hard negatives of that kind were ranked in the top 10 above the first relevant organisation.');
  const engine = e.methods.find((m) => m.method === 'engine');
  const textOnly = e.methods.find((m) => m.method === 'engine-text-only');
  if (engine?.msPerQuery !== undefined) out(`Engine: ${engine.msPerQuery.toFixed(1)} ms per query on PGlite (embedded).`);
  if (engine && textOnly && [...engine.rankings].every(([k, r]) => r.join() === textOnly.rankings.get(k)?.join()))
    out('Note: the text-only ablation ranked exactly as the engine on every query.');
  if (e.coverage)
    out(
      `Organisations with text but no suggestion (engine, all organisations of the set in a city with a partnership): ${e.coverage.withoutSuggestion} of ${e.coverage.withText}.`,
    );
  if (verbose) for (const m of e.methods) out(`\n${methodLabels[m.method]}:\n  ${m.figures.perQuery.join('\n  ')}`);
  out();
}

async function main() {
  const argv = process.argv.slice(2);
  out('## Matching evaluation');
  out();
  const own = await evaluateOnFreshDatabase(ownSet, false);
  printSet(own, false, argv.includes('--verbose'));
  const development = await evaluateOnFreshDatabase(developmentSet, true);
  printSet(development, true, argv.includes('--verbose'));
  const withoutBlind = argv.includes('--without-blind');
  if (withoutBlind && argv.includes('--record')) throw new Error('--record needs the blind set: leave out --without-blind');
  const blindSet = withoutBlind ? null : loadBlindSet();
  const blind = blindSet ? await evaluateOnFreshDatabase(blindSet, true) : undefined;
  if (blind) printSet(blind, true, argv.includes('--verbose-blind'));
  else if (withoutBlind) out('Blind set: left out (--without-blind).');
  else out(`Blind set: not found (${path.relative(process.cwd(), blindSetFile.pathname)}); skipped.`);

  if (argv.includes('--record')) {
    const engineFigures = (e: SetEvaluation) => {
      const f = e.methods.find((m) => m.method === 'engine')!.figures;
      return { queries: e.queries, recallAt5: Number(f.recall.toFixed(3)), mrr: Number(f.mrr.toFixed(3)) };
    };
    const recorded = {
      recordedAt: new Date().toISOString().slice(0, 10),
      own: engineFigures(own),
      development: engineFigures(development),
      ...(blind ? { blind: engineFigures(blind) } : {}),
    };
    fs.writeFileSync(recordedFile, `${JSON.stringify(recorded, null, 2)}\n`);
    out(`Recorded the engine's figures in ${path.relative(process.cwd(), recordedFile.pathname)}.`);
  }
}

await main();
