// The audit feature as other features may use it (issue 12): recording a change in the writer's
// transaction. Reading a history goes through the API (audit.routes.ts).
export { recordAudit, type AuditAction } from './audit.service.ts';
export { auditAuthorColumns } from './audit-author.ts';
export { newestSnapshotContaining, type SnapshotMatch } from './newest-snapshot-containing.ts';
export { type AuditEventToScrub, auditEventsAboutOrMentioning, redactAuditEvent, replaceAuditActor } from './audit-erasure.ts';
export { entityIdsRecordedSince, latestAuditEventId } from './history-since.ts';
export { backdateHistorySince, backdateRecordHistory } from './backdate-history.ts';
export type { HistoryContribution, HistoryRecordNames, HistorySubject, HistoryVocabulary, NamedRecord, PastRecords } from './history-contributions.ts';
