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
export function recordName(entries: HistoryEntry[]): string | null {
  const snap = latestSnapshot(entries);
  // Older snapshots may lack a name; the key still tells the reader which record this is.
  for (const field of ['name', 'displayName', 'title', 'fileName', 'key']) {
    if (typeof snap?.[field] === 'string') return snap[field] as string;
  }
  return null;
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
    default:
      return null;
  }
}
