// The calls feature as other features may use it (issue 12): its read queries.

export { retagCalls } from './call-concepts.ts';
export { callStatusSql, nextDeadlineSql } from './call-status-sql.ts';
export { callStatusAt, nextDeadlineAt } from './call-status.ts';
export { startCallsSyncJob } from './calls-sync-job.ts';
export { seedDemoCalls, withoutLegacyDemoNote } from './demo-calls.ts';
export { type CallImportSummary, importCallRecords, importCallsFromFile } from './import-calls.ts';
export { listCalls } from './list-calls.ts';
export { presentCall } from './present-call.ts';
export { type CallSyncResult, claimSyncNow, releaseSync, syncCalls } from './sync-calls.ts';
export {
  allStoredCalls,
  callById,
  callByIdentifier,
  callIdentifiersInStatus,
  nextDeadlineOf,
  type StoredCall,
  storedCallFields,
  storedCallsSubquery,
} from './stored-calls.ts';
export { callsSharingConcepts } from './calls-sharing-concepts.ts';
