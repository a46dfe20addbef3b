// The audit feature as other features may use it (issue 12). Changes reach the history as domain
// events (audit.subscribers.ts), never by a call from the writer; features say who may read their
// records' history and how they are named in *.history.ts files (HistoryContribution). Reading a
// history goes through the API (audit.routes.ts).

export { newestSnapshotContaining, type SnapshotMatch } from './newest-snapshot-containing.ts';
export { type AuditEventToScrub, auditEventsAboutOrMentioning, redactAuditEvent, replaceAuditActor } from './audit-erasure.ts';
export { entityIdsRecordedSince, latestAuditEventId } from './history-since.ts';
export { backdateHistorySince, backdateRecordHistory } from './backdate-history.ts';
export type { HistoryContribution, HistoryRecordNames, HistorySubject, HistoryVocabulary, NamedRecord, PastRecords } from './history-contributions.ts';
