export interface DiffPart {
  op: 'same' | 'added' | 'removed';
  text: string;
}

// Words with the spaces and punctuation after them, so that a changed word is marked whole.
const TOKEN = /[\p{L}\p{N}_'’-]+|\s+|[^\p{L}\p{N}_'’\s-]/gu;
// Beyond this many token pairs the table would grow large: the text is shown as replaced.
const MAX_CELLS = 2_000_000;

export const tokenize = (text: string): string[] => text.match(TOKEN) ?? [];

/**
 * The difference of two texts word by word (longest common subsequence over words, spaces and
 * punctuation), with neighbouring parts of the same kind joined. Reading only the "same" and
 * "removed" parts gives the old text back; "same" and "added" give the new one.
 */
export function wordDiff(before: string, after: string): DiffPart[] {
  const a = tokenize(before);
  const b = tokenize(after);
  // Common start and end are cut off first: most edits touch a few words of a long text.
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const parts: DiffPart[] = [];
  const push = (op: DiffPart['op'], text: string) => {
    if (!text) return;
    const last = parts.at(-1);
    if (last?.op === op) last.text += text;
    else parts.push({ op, text });
  };
  push('same', a.slice(0, start).join(''));
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  if (midA.length * midB.length > MAX_CELLS) {
    push('removed', midA.join(''));
    push('added', midB.join(''));
  } else {
    for (const [op, token] of lcsOps(midA, midB)) push(op, token);
  }
  push('same', a.slice(endA).join(''));
  return joinRuns(parts);
}

function lcsOps(a: string[], b: string[]): [DiffPart['op'], string][] {
  const n = a.length;
  const m = b.length;
  // lengths[i][j]: the longest common subsequence of a[i..] and b[j..].
  const lengths = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lengths[i][j] = a[i] === b[j] ? lengths[i + 1][j + 1] + 1 : Math.max(lengths[i + 1][j], lengths[i][j + 1]);
    }
  }
  const ops: [DiffPart['op'], string][] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      ops.push(['same', a[i]]);
      i++;
      j++;
    } else if (lengths[i + 1][j] >= lengths[i][j + 1]) ops.push(['removed', a[i++]]);
    else ops.push(['added', b[j++]]);
  }
  while (i < n) ops.push(['removed', a[i++]]);
  while (j < m) ops.push(['added', b[j++]]);
  return ops;
}

/**
 * Runs of changes split only by spaces are joined, so that "old words" → "new words" reads as
 * one removed and one added run rather than word against word; each run shows what was removed
 * before what was added. The spaces inside a run belong to both texts.
 */
function joinRuns(parts: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  let removed = '';
  let added = '';
  let inRun = false;
  const flush = () => {
    if (removed) out.push({ op: 'removed', text: removed });
    if (added) out.push({ op: 'added', text: added });
    removed = added = '';
    inRun = false;
  };
  parts.forEach((p, k) => {
    if (p.op === 'removed') {
      removed += p.text;
      inRun = true;
    } else if (p.op === 'added') {
      added += p.text;
      inRun = true;
    } else if (inRun && /^\s+$/.test(p.text) && parts[k + 1] && parts[k + 1].op !== 'same') {
      removed += p.text;
      added += p.text;
    } else {
      flush();
      out.push({ ...p });
    }
  });
  flush();
  return out;
}
