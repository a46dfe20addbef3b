import { callStatusAt, nextDeadlineAt } from './call-status.ts';
import type { CallDetail, CallImportRun, CallSummary } from './calls.schemas.ts';
import type { callImports, fundingCalls } from './calls.table.ts';
import { runOutcomeAt } from './import-run-lease.ts';

export type CallRow = Omit<typeof fundingCalls.$inferSelect, 'searchVector'>;

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** A stored call as the API shows it, its status and next deadline judged at `now`. */
export function presentCall(row: CallRow, now: Date): CallSummary {
  const deadlineAts = [...row.deadlineAts].sort((a, b) => a.getTime() - b.getTime());
  return {
    id: row.id,
    identifier: row.identifier,
    kind: row.kind,
    title: row.title,
    callIdentifier: row.callIdentifier,
    callTitle: row.callTitle,
    programme: row.programmeCode ? { code: row.programmeCode, name: row.programmeName } : null,
    status: callStatusAt({ openingAt: row.openingAt, deadlineAts, portalStatus: row.portalStatus }, now),
    openingAt: iso(row.openingAt),
    nextDeadlineAt: iso(nextDeadlineAt(deadlineAts, now)),
    deadlineModel: row.deadlineModel,
    deadlines: row.deadlines,
    concepts: row.concepts,
    url: row.url,
  };
}

export function presentCallDetail(row: CallRow, now: Date): CallDetail {
  return {
    ...presentCall(row, now),
    tags: row.tags,
    keywords: row.keywords,
    summary: row.summary,
    latestInfos: row.latestInfos,
    budget: row.budget,
    source: row.source,
    firstSeenAt: row.firstSeenAt.toISOString(),
    changedAt: row.changedAt.toISOString(),
  };
}

const INTERRUPTED = 'Interrupted: the process carrying out this run stopped before it finished (killed or crashed).';

/** A logged run as the API shows it: one still marked running whose process is gone reads as interrupted. */
export function presentCallImport(row: typeof callImports.$inferSelect, now = new Date()): CallImportRun {
  const outcome = runOutcomeAt(row, now);
  return {
    id: row.id,
    source: row.source,
    origin: row.origin,
    startedAt: row.startedAt.toISOString(),
    finishedAt: iso(row.finishedAt),
    outcome,
    records: row.records,
    added: row.added,
    changed: row.changed,
    unchanged: row.unchanged,
    closed: row.closed,
    skipped: row.skipped,
    ...(outcome === 'interrupted' && row.message === null
      ? { message: INTERRUPTED, messageCode: 'calls.interrupted', messageParams: {} }
      : { message: row.message, messageCode: row.messageCode, messageParams: row.messageParams ?? (row.messageCode ? {} : null) }),
  };
}
