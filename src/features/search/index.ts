// The search feature as other features may use it (issue 12): its public module.
export { startFacetTotalsCompaction } from './search-facet-totals.ts';
export { fillEmptySearchIndex, reindexAll } from './search-index.ts';
export { backdateOrganisationSearchDocuments } from './backdate-search-documents.ts';
export { profileDocumentsSubquery } from './profile-documents-subquery.ts';
