/**
 * The designs timed by bench/facet-count-designs.ts: for each, the SQL it runs around the parts of
 * the service's statement (bench/facet-count-statement-parts.ts) and how its rows become a page, a
 * total and facet counts (exact or estimated). Kept apart from the entry point so that the run loop
 * and the printing read on their own; a new design is one more entry of `designs` here.
 */
import fs from 'node:fs';
import type pg from 'pg';
import { closing, splitTop, statementOf, whereOf, type Parts, type Statement } from './facet-count-statement-parts.ts';

// ---------------------------------------------------------------- results

export interface Output {
  total: number;
  /** Whether total and counts are estimates. */
  estimated: boolean;
  counts: Map<string, number>;
  page: string[];
}

type Row = { dim: string | null; value: string | null; n: number | null; id: string | null; ord: number | null };

export function collect(rows: Row[], scale = 1, estimated = false, totalOverride?: number): Output {
  const counts = new Map<string, number>();
  let total = 0;
  const page: { id: string; ord: number }[] = [];
  for (const r of rows) {
    if (r.id) page.push({ id: r.id, ord: Number(r.ord) });
    else if (r.dim === 'total') total += Number(r.n);
    else if (r.dim !== null && r.value !== null) counts.set(`${r.dim}=${r.value}`, (counts.get(`${r.dim}=${r.value}`) ?? 0) + Number(r.n));
  }
  if (scale !== 1) for (const [k, v] of counts) counts.set(k, Math.round(v * scale));
  page.sort((a, b) => a.ord - b.ord);
  return { total: totalOverride ?? Math.round(total * scale), estimated, counts, page: page.map((p) => p.id) };
}

// ---------------------------------------------------------------- designs

export interface Design {
  name: string;
  /** Whether it applies to this statement. */
  applies: (p: Parts) => boolean;
  run: (c: pg.Client, s: Statement, p: Parts) => Promise<Output>;
}

/** With --plans: the EXPLAIN (ANALYZE, BUFFERS) of every statement of the untimed run, appended to this file. */
let plansTo: string | undefined;
/** Sets (or, with undefined, clears) the file the plans of the statements run from now on are appended to. */
export function writePlansTo(file: string | undefined): void {
  plansTo = file;
}

/** Runs a statement (its $n renumbered to the parameters it uses) and returns its rows; with --plans, its plan first. */
export const q = async (c: pg.Client, text: string, params: unknown[]) => {
  const [t, ps] = onlyUsed(text, params);
  if (plansTo) {
    const plan = (await c.query(`EXPLAIN (ANALYZE, BUFFERS) ${t}`, ps)).rows.map((r) => r['QUERY PLAN']).join('\n');
    fs.appendFileSync(plansTo, `${t}\n${JSON.stringify(ps)}\n${plan}\n\n`);
  }
  return (await c.query(t, ps)).rows as Row[];
};

/** The text with its $n renumbered to the ones it uses, and those parameters. */
function onlyUsed(text: string, params: unknown[]): [string, unknown[]] {
  const used: unknown[] = [];
  const index = new Map<number, number>();
  const out = text.replace(/\$(\d+)\b/g, (_, n: string) => {
    const k = Number(n);
    if (!index.has(k)) {
      used.push(params[k - 1]);
      index.set(k, used.length);
    }
    return `$${index.get(k)}`;
  });
  return [out, used];
}

/** Planner's estimate of the matched rows: EXPLAIN of the OR of the branches. */
async function plannerEstimate(c: pg.Client, p: Parts, params: unknown[]): Promise<number> {
  const where = p.branches.map((b) => `(${whereOf(b)})`).join(' OR ');
  const text = `EXPLAIN (FORMAT JSON) SELECT 1 FROM search_documents WHERE (${where})${p.pageWhere ? ` AND (${p.pageWhere})` : ''}`;
  const rows = (await c.query(...onlyUsed(text, params))).rows as { 'QUERY PLAN': { Plan: { 'Plan Rows': number } }[] }[];
  return rows[0]['QUERY PLAN'][0].Plan['Plan Rows'];
}

/** Bounded: each branch stops after N+1 rows in index (table) order; exact below N, estimated above. */
function bounded(n: number, estimate: 'planner' | 'sample'): Design {
  return {
    name: `b bounded N=${n} (${estimate})`,
    applies: (p) => p.branches.length > 0,
    async run(c, s, p) {
      // Every branch limited, tagged; then one row per id with its highest score, as the service does.
      const tagged = p.branches.map((b, i) => `SELECT ${i} AS br, * FROM (${b} LIMIT ${n + 1}) b${i}`).join(' UNION ALL ');
      // The passes and the page read m (the same columns plus br); a branch that reached N+1 rows is capped.
      const flag = `SELECT 'capped'::text AS dim, br::text AS value, count(*)::int AS n, NULL::uuid AS id, NULL::float8 AS score, NULL::int AS ord FROM found_all GROUP BY br`;
      const text = `WITH found_all AS MATERIALIZED (${tagged}), m AS MATERIALIZED (SELECT DISTINCT ON (id) * FROM found_all ORDER BY id, score DESC) ${[...p.passes, p.page, flag].map((x) => `(${x})`).join(' UNION ALL ')}`;
      const rows = await q(c, text, s.params);
      const cappedBranches = rows.filter((r) => r.dim === 'capped' && Number(r.n) > n).length;
      const kept = rows.filter((r) => r.dim !== 'capped');
      const out = collect(kept);
      if (!cappedBranches && out.total <= n) return out;
      const sampleTotal = out.total;
      const total = estimate === 'planner' ? await plannerEstimate(c, p, s.params) : await sampleEstimate(c, p, s.params);
      return collect(kept, sampleTotal ? total / sampleTotal : 1, true, Math.round(total));
    },
  };
}

/** A count of the match over a SYSTEM sample of 2% of the table's pages, scaled up. */
async function sampleEstimate(c: pg.Client, p: Parts, params: unknown[]): Promise<number> {
  const where = p.branches.map((b) => `(${whereOf(b)})`).join(' OR ');
  const text = `SELECT count(*)::int AS n FROM search_documents TABLESAMPLE SYSTEM (2) REPEATABLE (7) WHERE (${where})${p.pageWhere ? ` AND (${p.pageWhere})` : ''}`;
  const rows = (await c.query(...onlyUsed(text, params))).rows as { n: number }[];
  return rows[0].n * 50;
}

export const designs: Design[] = [
  {
    name: 'a exact (service statement)',
    applies: () => true,
    run: async (c, s) => collect(await q(c, s.text, s.params)),
  },
  bounded(1000, 'sample'),
  bounded(5000, 'sample'),
  bounded(10000, 'sample'),
  bounded(5000, 'planner'),
  {
    name: 'c page only (no counts)',
    applies: () => true,
    run: async (c, s, p) => collect(await q(c, statementOf(p.cte, [p.page]), s.params)),
  },
  {
    name: 'c page, then counts (2 statements)',
    applies: () => true,
    async run(c, s, p) {
      const page = await q(c, statementOf(p.cte, [p.page]), s.params);
      const counts = p.passes.length ? await q(c, statementOf(p.cte, p.passes), s.params) : [];
      return collect([...page, ...counts]);
    },
  },
];

/** A branch's score expression ("SELECT columns, <score> AS score FROM search_documents WHERE ..."). */
const scoreOf = (branch: string) => {
  const head = splitTop(branch, ' FROM search_documents WHERE ')[0];
  const cols = 'SELECT id, entity_type, city_id, kind, category, lang, themes, concepts, sdgs, name_folded, position, updated_at, ';
  if (!head.startsWith(cols) || !head.endsWith(' AS score')) throw new Error('unexpected branch');
  return head.slice(cols.length, -' AS score'.length);
};
const COLUMNS = 'id, entity_type, city_id, kind, category, lang, themes, concepts, sdgs, name_folded, position, updated_at';

/**
 * The match in one scan: the branches' conditions OR-ed (a BitmapOr of their indexes, or one
 * sequential scan), each row scored once per distinct score expression whose condition it meets,
 * keeping the highest, as the DISTINCT ON of the service does.
 */
function orMatch(p: Parts, params: unknown[]): string {
  const norm = (t: string) => t.replace(/\$(\d+)\b/g, (_, n: string) => JSON.stringify(params[Number(n) - 1]));
  const byScore = new Map<string, { score: string; wheres: string[] }>();
  for (const b of p.branches) {
    const score = scoreOf(b);
    const key = norm(score);
    const g = byScore.get(key) ?? { score, wheres: [] };
    g.wheres.push(`(${whereOf(b)})`);
    byScore.set(key, g);
  }
  const groups = [...byScore.values()];
  const score = groups.length === 1 ? groups[0].score : `GREATEST(${groups.map((g) => `CASE WHEN ${g.wheres.join(' OR ')} THEN ${g.score} END`).join(', ')})`;
  return `SELECT ${COLUMNS}, (${score})::float8 AS score FROM search_documents WHERE ${p.branches.map((b) => `(${whereOf(b)})`).join(' OR ')}`;
}

/** The array pass unnested per column (three scans of m, no lateral join per row). */
function splitUnnest(pass: string): string {
  const lateral = ' CROSS JOIN LATERAL (';
  const at = pass.indexOf(lateral);
  if (at < 0) return pass;
  const open = at + lateral.length - 1;
  const end = closing(pass, open);
  const arms = splitTop(pass.slice(open + 1, end - 1), ' UNION ALL ');
  const tail = pass.slice(end).match(/^ p WHERE ([\s\S]*) GROUP BY 1, 2$/);
  if (!tail) return pass; // the totals' pairs (search_facet_rows), left as they are
  const source = pass.slice(pass.indexOf(' FROM ') + ' FROM '.length, at).trim();
  const selects = arms.map((a) => `${a.replace(new RegExp(`${source}\\.`, 'g'), '')} FROM ${source} WHERE ${tail[1]}`);
  return `SELECT p.dim, p.value, count(*)::int, NULL::uuid, NULL::float8, NULL::int FROM (${selects.join(' UNION ALL ')}) p GROUP BY 1, 2`;
}

/** Runs fn with session settings changed (SET before, RESET after: two more round trips, timed). */
async function withSettings<T>(c: pg.Client, settings: Record<string, string>, fn: () => Promise<T>): Promise<T> {
  await c.query(
    Object.entries(settings)
      .map(([k, v]) => `SET ${k} = '${v}'`)
      .join('; '),
  );
  try {
    return await fn();
  } finally {
    await c.query(
      Object.keys(settings)
        .map((k) => `RESET ${k}`)
        .join('; '),
    );
  }
}
const withWorkMem = <T>(c: pg.Client, mem: string, fn: () => Promise<T>) => withSettings(c, { work_mem: mem }, fn);

designs.push(
  {
    name: 'd work_mem 64MB (exact)',
    applies: () => true,
    run: (c, s) => withWorkMem(c, '64MB', async () => collect(await q(c, s.text, s.params))),
  },
  {
    name: 'd jit off (exact)',
    applies: () => true,
    run: (c, s) => withSettings(c, { jit: 'off' }, async () => collect(await q(c, s.text, s.params))),
  },
  {
    name: 'd arrays unnested per column (exact)',
    applies: (p) => p.passes.some((x) => x.includes(' CROSS JOIN LATERAL (')),
    run: async (c, s, p) => collect(await q(c, statementOf(p.cte, [...p.passes.map(splitUnnest), p.page]), s.params)),
  },
  {
    name: 'd one OR-ed match scored once (exact)',
    applies: (p) => p.branches.length > 1,
    run: async (c, s, p) => collect(await q(c, statementOf(orMatch(p, s.params), [...p.passes, p.page]), s.params)),
  },
  {
    name: 'd OR-match + unnest per column + work_mem 64MB + jit off (exact)',
    applies: () => true,
    run: (c, s, p) =>
      withSettings(c, { work_mem: '64MB', jit: 'off' }, async () =>
        collect(await q(c, statementOf(p.branches.length > 1 ? orMatch(p, s.params) : p.cte, [...p.passes.map(splitUnnest), p.page]), s.params)),
      ),
  },
);

/** The filters of the service's flag CTE (several filters, no text): each filter's condition, and the standing condition. */
function flagFilters(cte: string): { conds: string[]; base: string } {
  const from = 'FROM search_facet_rows WHERE ';
  const at = cte.indexOf(from);
  const head = cte.slice(0, at);
  const conds: string[] = [];
  for (let i = head.indexOf('coalesce('); i >= 0; i = head.indexOf('coalesce(', i + 1)) {
    const end = closing(head, i + 'coalesce'.length);
    conds.push(head.slice(i + 'coalesce('.length, end - 1).replace(/, false$/, ''));
    i = end - 1;
  }
  const open = at + from.length;
  return { conds, base: cte.slice(open, closing(cte, open)) };
}

const isTotalsPass = (x: string) => x.includes('search_facet_totals') || /\bpr\.dim\b/.test(x);
const sampledFrom = (text: string, table: string, pct: number) =>
  text.split(`FROM ${table} `).join(`FROM ${table} TABLESAMPLE SYSTEM (${pct}) REPEATABLE (7) `);

function merge(a: Output, b: Output): Output {
  const counts = new Map(a.counts);
  for (const [k, v] of b.counts) counts.set(k, (counts.get(k) ?? 0) + v);
  return { total: a.total + b.total, estimated: a.estimated || b.estimated, counts, page: a.page.length ? a.page : b.page };
}

/**
 * Exact up to N, estimated above: a probe counts the unscored match (or the filtered rows) up to
 * N+1; at most N, the exact statement (text: the OR-ed match); above, the exact page (text: every
 * matched row scored, the OR-ed match; filters: straight from the name order index) and the
 * counts over a SYSTEM sample of the table's pages, scaled up (the whole-index totals of a
 * dimension's own filter stay exact).
 */
function probeThenSample(n: number, textPct: number, rowsPct: number): Design {
  return {
    name: `e exact ≤ ${n.toLocaleString('en')}, above: exact page + counts from a ${textPct}%/${rowsPct}% page sample`,
    applies: () => true,
    async run(c, s, p) {
      const probe = async (from: string) => Number((await q(c, `SELECT count(*)::int AS n FROM (SELECT 1 ${from} LIMIT ${n + 1}) x`, s.params))[0].n);
      if (p.branches.length) {
        const ors = p.branches.map((b) => `(${whereOf(b)})`).join(' OR ');
        const matched = `FROM search_documents WHERE (${ors})${p.pageWhere ? ` AND (${p.pageWhere})` : ''}`;
        const or = p.branches.length > 1 ? orMatch(p, s.params) : p.cte;
        if ((await probe(matched)) <= n) return collect(await q(c, statementOf(or, [...p.passes, p.page]), s.params));
        const page = collect(await q(c, statementOf(or, [p.page]), s.params));
        const sample = `SELECT ${COLUMNS} FROM search_documents TABLESAMPLE SYSTEM (${textPct}) REPEATABLE (7) WHERE ${ors}`;
        const counts = collect(await q(c, statementOf(sample, p.passes), s.params), 100 / textPct, true);
        return { ...counts, page: page.page };
      }
      if (p.cte) {
        const { conds, base } = flagFilters(p.cte);
        const where = `${base} AND ${conds.map((x) => `(${x})`).join(' AND ')}`;
        if ((await probe(`FROM search_facet_rows WHERE ${where}`)) <= n) return collect(await q(c, s.text, s.params));
        const pageText = p.page.replace(`FROM m WHERE ${p.pageWhere} ORDER BY`, `FROM search_documents WHERE ${where} ORDER BY`);
        const page = collect(await q(c, pageText, s.params));
        const counts = collect(await q(c, statementOf(sampledFrom(p.cte, 'search_facet_rows', rowsPct), p.passes), s.params), 100 / rowsPct, true);
        return { ...counts, page: page.page };
      }
      const sampledPasses = p.passes.filter((x) => !isTotalsPass(x));
      if (!sampledPasses.length || (await probe(`FROM search_facet_rows WHERE ${p.pageWhere}`)) <= n) return collect(await q(c, s.text, s.params));
      const exact = collect(await q(c, statementOf('', [...p.passes.filter(isTotalsPass), p.page]), s.params));
      const counts = collect(
        await q(
          c,
          statementOf(
            '',
            sampledPasses.map((x) => sampledFrom(x, 'search_facet_rows', rowsPct)),
          ),
          s.params,
        ),
        100 / rowsPct,
        true,
      );
      return merge(counts, exact);
    },
  };
}

designs.push(probeThenSample(1000, 2, 5), probeThenSample(5000, 2, 5), probeThenSample(5000, 5, 10));
