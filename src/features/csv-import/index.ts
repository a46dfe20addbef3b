// The csv-import feature as other features may use it (issue 12): its public module.
export { type CsvMapping, csvFields } from './csv-fields.ts';
export { startCsvImportWorker } from './csv-import-worker.ts';
export { type CsvSource } from './csv-reader.ts';
export { type RowProblem } from './csv-row.ts';
export { type CsvImportResult, importCsv } from './import-csv.ts';
export { type CsvImportToScrub, csvImportsMentioning, dropCsvFilesContaining, redactCsvImport } from './csv-import-erasure.ts';
