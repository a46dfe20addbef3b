/**
 * Orders tables so that every table comes after the tables its foreign keys point to, so rows
 * can be loaded table by table with the constraints checked as they go. Ties are broken by
 * name, so the order (and the backup file) does not depend on catalogue order.
 * A cycle (or a table referring to itself) cannot be loaded this way: it is refused by name
 * rather than half restored.
 */
export function orderByForeignKeys(tables: string[], references: { from: string; to: string }[]): string[] {
  const known = new Set(tables);
  const pending = new Map(tables.map((t) => [t, new Set<string>()]));
  for (const { from, to } of references) {
    if (!known.has(from) || !known.has(to)) continue;
    if (from === to) throw new Error(`Table ${from} refers to itself; the backup cannot order its rows.`);
    pending.get(from)!.add(to);
  }
  const ordered: string[] = [];
  while (pending.size) {
    const ready = [...pending]
      .filter(([, deps]) => deps.size === 0)
      .map(([t]) => t)
      .sort();
    if (!ready.length) throw new Error(`Foreign keys form a cycle among: ${[...pending.keys()].sort().join(', ')}.`);
    for (const table of ready) {
      ordered.push(table);
      pending.delete(table);
      for (const deps of pending.values()) deps.delete(table);
    }
  }
  return ordered;
}
