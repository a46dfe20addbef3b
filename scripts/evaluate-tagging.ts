/**
 * Measures the concept tagger against the hand-labelled evaluation set:
 *   npx tsx scripts/evaluate-tagging.ts            (table)
 *   npx tsx scripts/evaluate-tagging.ts --details  (also every miss and extra per text)
 */
import { createLexiconTagger } from '../src/features/tagging/concept-tagger.ts';
import evalSet from '../src/features/tagging/tagging-eval-set.json' with { type: 'json' };
import { evaluateTagger, microScores, type Counts, type EvalItem } from '../src/features/tagging/tagging-metrics.ts';
import { getTaxonomy } from '../src/features/taxonomy/taxonomy.ts';

const taxonomy = getTaxonomy();
const items = evalSet.items as EvalItem[];
const unknown = items.flatMap((i) => i.expected.filter((k) => !taxonomy.concept(k)).map((k) => `${i.id}: ${k}`));
if (unknown.length > 0) {
  console.error(`Unknown concept keys in the evaluation set:\n  ${unknown.join('\n  ')}`);
  process.exit(1);
}

const report = evaluateTagger(createLexiconTagger(taxonomy), items);
const pct = (x: number, width = 9) => `${(x * 100).toFixed(1)}%`.padStart(width);
const row = (name: string, c: Counts) => {
  const s = microScores(c);
  return `${name.padEnd(8)}${String(c.texts).padStart(6)}${String(c.tp).padStart(5)}${String(c.fp).padStart(5)}${String(c.fn).padStart(5)}${pct(s.precision, 11)}${pct(s.recall)}${pct(s.f1)}`;
};

console.log(`Concept tagging, taxonomy v${taxonomy.version} (${taxonomy.concepts.length} concepts), ${items.length} texts, micro-averaged`);
console.log('');
console.log(
  `${'lang'.padEnd(8)}${'texts'.padStart(6)}${'TP'.padStart(5)}${'FP'.padStart(5)}${'FN'.padStart(5)}${'precision'.padStart(11)}${'recall'.padStart(9)}${'F1'.padStart(9)}`,
);
for (const lang of ['de', 'ro', 'en', 'hu']) {
  const counts = report.byLanguage.get(lang);
  if (counts) console.log(row(lang, counts));
}
console.log(row('all', report.overall));
console.log('');
const d = report.detection;
console.log(
  `Language detection: ${d.correct}/${d.total} correct (${pct(d.correct / d.total).trim()}); texts without declared lang read in the right language: ${d.undeclaredCorrect}/${d.undeclared}`,
);

if (process.argv.includes('--details')) {
  console.log('');
  for (const o of report.items) {
    if (o.missed.length === 0 && o.extra.length === 0) continue;
    console.log(`${o.id}  missed: ${o.missed.join(', ') || '-'}  extra: ${o.extra.join(', ') || '-'}`);
  }
}
