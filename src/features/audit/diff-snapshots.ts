export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/**
 * The top-level fields that differ between two audit snapshots (a missing snapshot, as on
 * create and delete, counts as empty). Nested values are compared by content, so a reordered
 * object is no change but a reordered list is. Missing fields count as null.
 */
export function diffSnapshots(before: unknown, after: unknown, options: { ignore?: readonly string[] } = {}): FieldChange[] {
  const a = asRecord(before);
  const b = asRecord(after);
  const ignore = new Set(options.ignore ?? []);
  const fields = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((f) => !ignore.has(f));
  return fields.map((field) => ({ field, before: a[field] ?? null, after: b[field] ?? null })).filter((c) => !sameValue(c.before, c.after));
}

function asRecord(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

export function sameValue(x: unknown, y: unknown): boolean {
  if (x === y) return true;
  if (Array.isArray(x) || Array.isArray(y)) {
    return Array.isArray(x) && Array.isArray(y) && x.length === y.length && x.every((v, i) => sameValue(v, y[i]));
  }
  if (x && y && typeof x === 'object' && typeof y === 'object') {
    const xr = x as Record<string, unknown>;
    const yr = y as Record<string, unknown>;
    const keys = new Set([...Object.keys(xr), ...Object.keys(yr)]);
    return [...keys].every((k) => sameValue(xr[k] ?? null, yr[k] ?? null));
  }
  return false;
}
