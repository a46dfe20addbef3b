import type { CallStatus } from './calls.table.ts';

/** The portal's status codes (reference data "status.id", search API "status"). */
const BY_ID: Record<string, CallStatus> = { '31094501': 'forthcoming', '31094502': 'open', '31094503': 'closed' };

export function portalStatusOf(id: unknown, abbreviation?: unknown): CallStatus | null {
  const byId = id === undefined || id === null ? undefined : BY_ID[String(id).trim()];
  if (byId) return byId;
  const word = typeof abbreviation === 'string' ? abbreviation.trim().toLowerCase() : '';
  if (word.startsWith('forthcoming')) return 'forthcoming';
  if (word.startsWith('open')) return 'open';
  if (word.startsWith('closed')) return 'closed';
  return null;
}

/**
 * Grants named by programme prefix ("CERV-2026-…", "HORIZON-MISS-…") when the record leaves
 * the programme out. Tender references do not follow this pattern and keep none.
 */
export function programmeFromIdentifier(identifier: string): string | null {
  const m = /^([A-Z][A-Z0-9]*[A-Z])-/.exec(identifier);
  return m ? m[1] : null;
}
