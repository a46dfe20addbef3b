import type { HistoryEntry } from './history-api.ts';

/** The newest snapshot of the record, which names it and its parent partnership. */
function latestSnapshot(entries: HistoryEntry[]): Record<string, unknown> | null {
  for (const entry of entries) {
    const snap = entry.after ?? entry.before;
    if (snap && typeof snap === 'object' && !Array.isArray(snap)) return snap as Record<string, unknown>;
  }
  return null;
}

/** A readable name for the record from its snapshot (name, title, display name or file name). */
export function recordName(entries: HistoryEntry[], lang: string): string | null {
  const snap = latestSnapshot(entries);
  for (const field of ['name', 'displayName', 'title', 'fileName']) {
    const text = textOf(snap?.[field], lang);
    if (text) return text;
  }
  return null;
}

/** A text, or the reader's language's text of one kept per language ([{ lang, text }] or { de, en }). */
function textOf(value: unknown, lang: string): string | null {
  if (typeof value === 'string') return value || null;
  const entries: [string | null, unknown][] = Array.isArray(value)
    ? value.map((v) => [
        v && typeof v === 'object' ? ((v as { lang?: string }).lang ?? null) : null,
        v && typeof v === 'object' ? (v as { text?: unknown }).text : null,
      ])
    : value && typeof value === 'object'
      ? Object.entries(value)
      : [];
  const texts = entries.filter((e): e is [string | null, string] => typeof e[1] === 'string' && e[1] !== '');
  return (texts.find(([l]) => l === lang) ?? texts.find(([l]) => l === 'en') ?? texts[0])?.[1] ?? null;
}

/** Where the record itself is shown, if it has a page of its own (or its partnership has one). */
export function recordPath(entityType: string, id: string, entries: HistoryEntry[], deleted: boolean): string | null {
  const snap = latestSnapshot(entries);
  const partnershipId = typeof snap?.partnershipId === 'string' ? snap.partnershipId : null;
  switch (entityType) {
    case 'city':
      return `/cities/${id}`;
    case 'partnership':
      return deleted ? null : `/partnerships/${id}`;
    case 'organisation':
      return deleted ? null : `/organisations/${id}`;
    case 'person':
      return deleted ? null : `/people/${id}`;
    case 'agreement':
    case 'timeline-event':
      return partnershipId ? `/partnerships/${partnershipId}` : null;
    case 'activity':
      return deleted ? null : `/activities/${id}`;
    case 'programme':
      return deleted ? null : `/programmes/${id}`;
    default:
      return null;
  }
}
