/**
 * The service's facet statement taken apart and put back together, for bench/facet-count-designs.ts:
 * the match CTE, the count passes and the page of the statement of search-facets.ts (facetsAndPage),
 * split on top-level parentheses and UNION ALL with quotes respected. Kept apart from the designs
 * (bench/facet-count-design-statements.ts) because it is plain text surgery, no SQL of its own.
 */

/** A statement as the service ran it: its text and its parameters. */
export interface Statement {
  text: string;
  params: unknown[];
}

/** Index just past the parenthesis closing the one opened at `open` (quotes respected). */
export function closing(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const ch = text[i];
    if (ch === "'") {
      i++;
      while (i < text.length && !(text[i] === "'" && text[i + 1] !== "'")) i += text[i] === "'" ? 2 : 1;
    } else if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) return i + 1;
  }
  throw new Error('unbalanced statement');
}

/** Top-level parenthesised groups of a text: "(a) UNION ALL (b)" → ["a", "b"]. */
function groups(text: string): string[] {
  const out: string[] = [];
  let i = text.indexOf('(');
  while (i >= 0) {
    const end = closing(text, i);
    out.push(text.slice(i + 1, end - 1));
    i = text.indexOf('(', end);
  }
  return out;
}

/** Splits at `sep` where not inside parentheses or quotes. */
export function splitTop(text: string, sep: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "'") {
      i++;
      while (i < text.length && !(text[i] === "'" && text[i + 1] !== "'")) i += text[i] === "'" ? 2 : 1;
    } else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (depth === 0 && text.startsWith(sep, i)) {
      out.push(text.slice(last, i));
      last = i + sep.length;
      i += sep.length - 1;
    }
  }
  out.push(text.slice(last));
  return out;
}

export interface Parts {
  /** The body of WITH m AS MATERIALIZED (...), or '' without one. */
  cte: string;
  /** The count passes (each a SELECT), without the page. */
  passes: string[];
  /** The page part (a SELECT) as the service writes it. */
  page: string;
  /** For a text query: the branches of the match, each "SELECT columns, score AS score FROM search_documents WHERE ...". */
  branches: string[];
  /** For a text query: the WHERE of the page (filters), over m. */
  pageWhere: string;
  /** For a text query: the ORDER BY ... LIMIT ... OFFSET ... of the page. */
  pageOrder: string;
}

const CTE = 'WITH m AS MATERIALIZED (';

export function partsOf(s: Statement): Parts {
  let rest = s.text;
  let cte = '';
  if (rest.startsWith(CTE)) {
    const end = closing(rest, CTE.length - 1);
    cte = rest.slice(CTE.length, end - 1);
    rest = rest.slice(end);
  }
  const all = groups(rest);
  const page = all.pop()!;
  let branches: string[] = [];
  if (cte.includes(' AS score FROM search_documents')) {
    const multi = cte.match(/^SELECT DISTINCT ON \(id\) \* FROM \(/);
    if (multi) {
      const open = multi[0].length - 1;
      branches = splitTop(cte.slice(open + 1, closing(cte, open) - 1), ' UNION ALL ');
    } else branches = [cte];
  }
  // "... FROM (SELECT id, score AS score FROM m WHERE <where> ORDER BY <order> LIMIT $x OFFSET $y) ordered) page"
  const inner = page.match(/FROM (?:m|search_documents) WHERE ([\s\S]*) ORDER BY ([\s\S]*)\) ordered\) page$/);
  return { cte, passes: all, page, branches, pageWhere: inner?.[1] ?? '', pageOrder: inner ? `ORDER BY ${inner[2]}` : '' };
}

/** Rebuilds the statement from a CTE body and parts. */
export const statementOf = (cte: string, parts: string[]) => `${cte ? `${CTE}${cte}) ` : ''}${parts.map((x) => `(${x})`).join(' UNION ALL ')}`;

/** The WHERE of a match branch ("SELECT ... FROM search_documents WHERE <where>"). */
export const whereOf = (branch: string) => {
  const parts = splitTop(branch, ' FROM search_documents WHERE ');
  return parts[parts.length - 1];
};
