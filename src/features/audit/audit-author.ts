import { actorLabel, actorSource, actorUserId, type Actor } from '../../shared/actor.ts';

export type AuthorSource = 'user' | 'demo' | 'import' | 'command-line' | 'system';

export interface AuditAuthorColumns {
  actorUserId: string | null;
  actorLabel: string;
  actorSource: AuthorSource;
  actorSourceDetail: string | null;
}

/** The columns of audit_events that say who made a change and from where. */
export function auditAuthorColumns(actor: Actor): AuditAuthorColumns {
  const source = actorSource(actor);
  const base = { actorUserId: actorUserId(actor), actorLabel: actorLabel(actor) };
  if (!source) return { ...base, actorSource: 'user', actorSourceDetail: null };
  switch (source.kind) {
    case 'demo':
      return { ...base, actorSource: 'demo', actorSourceDetail: null };
    case 'import':
      return { ...base, actorSource: 'import', actorSourceDetail: source.fileName };
    case 'command-line':
      return { ...base, actorSource: 'command-line', actorSourceDetail: source.command };
    default:
      return { ...base, actorSource: 'system', actorSourceDetail: null };
  }
}

const SOURCES = new Set<string>(['user', 'demo', 'import', 'command-line', 'system']);
// The labels older entries were written under by the demo seed: the server's first start and the CLI.
const LEGACY_DEMO_LABELS = new Set(['pontis serve', 'cli: pontis seed demo']);
const LEGACY_IMPORT_LABELS = new Set(['cli: pontis import', 'cli: pontis import-csv']);

/**
 * The source of a stored entry. Entries from before migration 0021 have none: it is read from
 * the label (users were stored as "Name <e-mail>", system work by process name).
 */
export function storedAuthorSource(
  row: Pick<AuditAuthorColumns, 'actorUserId' | 'actorLabel'> & { actorSource: string | null; actorSourceDetail: string | null },
): {
  source: AuthorSource;
  detail: string | null;
} {
  if (row.actorSource && SOURCES.has(row.actorSource)) return { source: row.actorSource as AuthorSource, detail: row.actorSourceDetail };
  const label = row.actorLabel;
  if (row.actorUserId || label === 'erased user' || /<[^>]*>$/.test(label)) return { source: 'user', detail: null };
  if (LEGACY_DEMO_LABELS.has(label)) return { source: 'demo', detail: null };
  if (LEGACY_IMPORT_LABELS.has(label)) return { source: 'import', detail: null };
  if (label.startsWith('cli: ')) return { source: 'command-line', detail: label.slice(5) };
  return { source: 'system', detail: null };
}
