import crypto from 'node:crypto';
import type { CallBudgetLine, CallDeadline, CallKind, CallLatestInfo, CallStatus } from './calls.table.ts';

/**
 * One call as both sources (reference file and search API) are reduced to: everything the
 * portal says about it, normalised, and nothing this installation derived (concepts, status
 * at a time). Its hash decides whether an import changes a stored call.
 */
export interface NormalisedCall {
  identifier: string;
  kind: CallKind;
  title: string;
  callIdentifier: string | null;
  callTitle: string | null;
  programmeCode: string | null;
  programmeName: string | null;
  portalStatus: CallStatus | null;
  deadlineModel: string | null;
  /** ISO 8601 instant. */
  openingAt: string | null;
  /** Ascending, one per instant. */
  deadlines: CallDeadline[];
  tags: string[];
  keywords: string[];
  summary: string;
  latestInfos: CallLatestInfo[];
  budget: CallBudgetLine[] | null;
  url: string | null;
}

/** A record is parsed into a call, or skipped with the reason (never fatal for the import). */
export type ParseOutcome = { ok: true; call: NormalisedCall } | { ok: false; reason: string };

const PORTAL = 'https://ec.europa.eu/info/funding-tenders/opportunities/portal/screen/opportunities';

export function portalUrl(kind: CallKind, identifier: string): string {
  return `${PORTAL}/${kind === 'grant' ? 'topic-details' : 'tender-details'}/${encodeURIComponent(identifier)}`;
}

/** sha256 of the normalised call, with keys in a fixed order (the interface's). */
export function callContentHash(call: NormalisedCall): string {
  const ordered = [
    call.identifier,
    call.kind,
    call.title,
    call.callIdentifier,
    call.callTitle,
    call.programmeCode,
    call.programmeName,
    call.portalStatus,
    call.deadlineModel,
    call.openingAt,
    call.deadlines,
    call.tags,
    call.keywords,
    call.summary,
    call.latestInfos,
    call.budget,
    call.url,
  ];
  return crypto.createHash('sha256').update(JSON.stringify(ordered)).digest('hex');
}

/** The deadline instants as dates, ascending (the table's deadline_ats). */
export const deadlineDates = (call: Pick<NormalisedCall, 'deadlines'>): Date[] => call.deadlines.map((d) => new Date(d.at));
