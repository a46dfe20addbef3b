import { z } from 'zod';
import { csvFields } from './csv-fields.ts';

export const csvFieldSchema = z.enum(csvFields);
export const csvMappingSchema = z
  .partialRecord(csvFieldSchema, z.string().min(1).max(300))
  .describe('Pontis field -> column name of the file (as in `headers`); unmapped fields are left out')
  .meta({ id: 'CsvMapping' });

export const rowProblemSchema = z
  .object({
    row: z.number().int().describe('Line number in the file (0: the file as a whole)'),
    field: z.string().describe('Pontis field, or "row"'),
    column: z.string().nullable(),
    rule: z.string().describe('required, invalid_enum, invalid_format, unknown_reference, duplicate, forbidden, too_big, encoding …'),
    message: z.string(),
  })
  .meta({ id: 'CsvRowProblem' });

const reportSummary = z.object({
  rows: z.number().int(),
  validRows: z.number().int(),
  invalidRows: z.number().int(),
  problemCount: z.number().int(),
  byField: z.record(z.string(), z.number().int()),
  truncated: z.boolean().describe('More problems were found than the report keeps'),
});

export const csvImportSchema = z
  .object({
    id: z.uuid(),
    city: z.object({ id: z.uuid(), key: z.string(), name: z.string() }),
    fileName: z.string(),
    fileSize: z.number().int(),
    delimiter: z.enum(['comma', 'semicolon', 'tab']),
    headers: z.array(z.string()),
    mapping: csvMappingSchema,
    mode: z.enum(['validate', 'import']).nullable(),
    skipInvalid: z.boolean(),
    state: z.enum(['uploaded', 'queued', 'running', 'done', 'failed']),
    outcome: z.enum(['imported', 'validated', 'rejected']).nullable().describe('Once done: rows written, dry run only, or invalid rows and nothing written'),
    progress: z.object({
      phase: z.enum(['validate', 'write']).nullable(),
      rowsDone: z.number().int(),
      rowsTotal: z.number().int().nullable(),
      percent: z.number().int().min(0).max(100),
    }),
    report: reportSummary.nullable(),
    counts: z.object({ created: z.number().int(), updated: z.number().int(), unchanged: z.number().int(), skipped: z.number().int() }).nullable(),
    error: z.string().nullable(),
    canStart: z.boolean().describe('A validation or import may be started now'),
    version: z.number().int(),
    createdAt: z.string(),
    finishedAt: z.string().nullable(),
  })
  .meta({ id: 'CsvImport' });

export const csvImportListSchema = z.object({ items: z.array(csvImportSchema) }).meta({ id: 'CsvImportList' });

export const csvPreviewSchema = z
  .object({
    headers: z.array(z.string()),
    suggestedMapping: csvMappingSchema,
    mapping: csvMappingSchema,
    mappingProblems: z.array(z.object({ field: z.string(), message: z.string() })),
    fields: z.array(csvFieldSchema),
    rows: z.array(z.object({ row: z.number().int(), cells: z.array(z.string()), problems: z.array(rowProblemSchema) })),
  })
  .meta({ id: 'CsvImportPreview' });

export const csvReportSchema = z
  .object({ problems: z.array(rowProblemSchema), problemCount: z.number().int(), truncated: z.boolean() })
  .meta({ id: 'CsvImportReport' });

export const uploadQuery = z.object({ cityId: z.uuid().describe('City whose register the organisations go into (rows without a city cell)') });
export const csvImportParams = z.object({ id: z.uuid().describe('Import id') });
export const setMappingBody = z.object({ version: z.number().int().min(1), mapping: csvMappingSchema }).meta({ id: 'CsvImportMappingRequest' });
export const startBody = z
  .object({
    version: z.number().int().min(1),
    mode: z.enum(['validate', 'import']).describe('validate: report only; import: write'),
    skipInvalid: z.boolean().default(false).describe('Write the valid rows and report invalid ones as skipped'),
  })
  .meta({ id: 'CsvImportStartRequest' });

export type CsvImport = z.infer<typeof csvImportSchema>;
export type CsvPreview = z.infer<typeof csvPreviewSchema>;
export type CsvImportReport = z.infer<typeof csvReportSchema>;
export type CsvRowProblem = z.infer<typeof rowProblemSchema>;
