// The interchange feature as other features may use it (issue 12): its public module.
export { type ImportSummary, importInterchange } from './import-interchange.ts';
export { type InterchangeDocument, type InterchangeItem, type InterchangeOrganisation, type InterchangeText } from './interchange-document.ts';
export { canonicalOrganisation, sameRecord } from './interchange-records.ts';
export { loadOrganisations } from './interchange-snapshot.ts';
export { exportInterchange } from './export-interchange.ts';
