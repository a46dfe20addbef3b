/**
 * The figures of one ranking method on one labelled set, pure: recall@5, MRR, violations and
 * hard negatives ranked above the first relevant organisation. Every ranking is a top 10.
 */
import { hardNegativeKinds, type LabelledQuery } from './labelled-sets.ts';

export const K = 5;
export const TOP = 10;

export interface HardNegativeCount {
  kind: string;
  /** Hard negatives of this kind ranked in the top 10 above the first relevant organisation. */
  above: number;
  /** Hard negatives of this kind over all queries. */
  labelled: number;
}

export interface Figures {
  recall: number;
  mrr: number;
  /** Suggestions in the top 10 from the own city or a city without a partnership with it. */
  violations: number;
  suggestions: number;
  hardNegatives: HardNegativeCount[];
  /** One line per query, printed only on request. */
  perQuery: string[];
}

export interface SetGeography {
  cityOf: ReadonlyMap<string, string>;
  partnersOf: (city: string) => ReadonlySet<string>;
}

export function figuresOf(queries: readonly LabelledQuery[], rankings: ReadonlyMap<string, readonly string[]>, geo: SetGeography): Figures {
  let recall = 0;
  let mrr = 0;
  let violations = 0;
  let suggestions = 0;
  const kinds = [...new Set<string>([...hardNegativeKinds, ...queries.flatMap((q) => (q.hardNegatives ?? []).map((h) => h.kind))])];
  const hard = new Map(kinds.map((kind) => [kind, { kind, above: 0, labelled: 0 }]));
  const perQuery: string[] = [];
  for (const q of queries) {
    const ranked = (rankings.get(q.organisation) ?? []).slice(0, TOP);
    const top = ranked.slice(0, K);
    const found = q.relevant.filter((r) => top.includes(r)).length;
    recall += q.relevant.length ? found / q.relevant.length : 0;
    const first = ranked.findIndex((k) => q.relevant.includes(k));
    mrr += first >= 0 ? 1 / (first + 1) : 0;
    const own = geo.cityOf.get(q.organisation);
    const allowed = own ? geo.partnersOf(own) : new Set<string>();
    for (const key of ranked) {
      suggestions++;
      const city = geo.cityOf.get(key);
      if (!city || city === own || !allowed.has(city)) violations++;
    }
    // With no relevant organisation in the top 10, every hard negative there is above it.
    const firstOrEnd = first >= 0 ? first : ranked.length;
    for (const h of q.hardNegatives ?? []) {
      const count = hard.get(h.kind)!;
      count.labelled++;
      const at = ranked.indexOf(h.organisation);
      if (at >= 0 && at < firstOrEnd) count.above++;
    }
    perQuery.push(`${q.organisation.padEnd(24)} ${found}/${q.relevant.length}  first relevant at ${first >= 0 ? first + 1 : '-'}  top: ${top.join(', ')}`);
  }
  const n = queries.length || 1;
  return { recall: recall / n, mrr: mrr / n, violations, suggestions, hardNegatives: [...hard.values()], perQuery };
}
