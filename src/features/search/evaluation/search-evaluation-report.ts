/** The search evaluation's output as Markdown: the figures per set and method, and per query on request. */
import { recallAt, ndcgAt } from './ranking-metrics.ts';
import { K, methods, type SetOutcome } from './search-evaluation-world.ts';

const f3 = (x: number) => x.toFixed(3);

export function formatFigures(outcomes: readonly SetOutcome[]): string[] {
  const lines = [`| set | method | recall@${K} | nDCG@${K} | queries with no result | queries |`, '| --- | --- | ---: | ---: | ---: | ---: |'];
  for (const o of outcomes) {
    for (const m of methods) {
      const f = o.figures[m];
      lines.push(`| ${o.set.name} | ${m} | ${f3(f.recall)} | ${f3(f.ndcg)} | ${f.empty} | ${f.queries} |`);
    }
  }
  return lines;
}

/** One block per query: its labels' size and, per method, recall, nDCG and the top list with grades. */
export function formatQueries(o: SetOutcome): string[] {
  const lines = [`${o.set.name}:`];
  for (const { query, ranked, returned } of o.queries) {
    const grades = query.relevant;
    const n2 = Object.values(grades).filter((g) => g === 2).length;
    const n1 = Object.values(grades).filter((g) => g === 1).length;
    lines.push(`  "${query.q}" (${query.lang}, ${query.kind}; relevant: ${n2} exact, ${n1} acceptable)`);
    for (const m of methods) {
      const top = ranked[m].map((k) => `${k}${grades[k] ? `[${grades[k]}]` : ''}`).join(' ');
      const empty = returned[m].length === 0 ? '  NO RESULT' : '';
      lines.push(`    ${m.padEnd(20)} R ${f3(recallAt(ranked[m], grades, K))} nDCG ${f3(ndcgAt(ranked[m], grades, K))}${empty}  ${top}`);
    }
  }
  return lines;
}
