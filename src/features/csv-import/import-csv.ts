import { inTransaction, type ServiceContext } from '../../shared/context.ts';
import { forbidden, invalid } from '../../shared/errors.ts';
import { canImportCsv } from './csv-import-policy.ts';
import { checkMapping, csvFields, suggestMapping, type CsvField, type CsvMapping } from './csv-fields.ts';
import { readCsv, sniffCsv, type CsvDialect, type CsvRecord, type CsvSource } from './csv-reader.ts';
import { RowResolver, themeLookup, type ResolvedRow } from './csv-references.ts';
import { addFileProblem, addRow, emptyReport, type CsvReport } from './csv-report.ts';
import { rowSchema, validateRow, type CsvRowValue, type RowProblem, type RowSchema } from './csv-row.ts';
import { writeBatch, type WriteCounts } from './csv-write-batch.ts';

export interface CsvProgress {
  phase: 'validate' | 'write';
  rows: number;
  bytes: number;
  totalBytes: number;
  /** Known in the write phase (the validation pass counted them). */
  totalRows?: number;
}

export interface CsvImportOptions {
  /** Field -> column; the mapping suggested from the column names when left out. */
  mapping?: CsvMapping;
  /** The city of rows without a city cell (and of all rows when no city column is mapped). */
  defaultCity?: { id: string; key: string } | null;
  /** Validate only; write nothing. */
  dryRun?: boolean;
  /** Write the valid rows and report the invalid ones as skipped, instead of writing nothing. */
  skipInvalid?: boolean;
  /** Rows per write batch (one insert per table, one search reindex call). */
  batchSize?: number;
  onProgress?: (progress: CsvProgress) => void | Promise<void>;
  /** Sees every problem of the validation pass, also those beyond the report's kept list. */
  onProblem?: (problem: RowProblem) => void;
}

export interface CsvImportResult {
  /** imported: rows were written; validated: dry run; rejected: invalid rows, nothing written. */
  outcome: 'imported' | 'validated' | 'rejected';
  delimiter: string;
  headers: string[];
  mapping: CsvMapping;
  report: CsvReport;
  /** Rows left out because they were invalid (only with skipInvalid). */
  skipped: number;
  counts: WriteCounts;
}

/** The source failed before any row could be read: wrong encoding, no header, unusable mapping. */
function fileProblem(report: CsvReport, field: CsvField | 'row', rule: string, message: string, onProblem?: (p: RowProblem) => void) {
  const problem: RowProblem = { row: 0, field, column: null, rule, message };
  addFileProblem(report, problem);
  onProblem?.(problem);
}

const cellsOf = (mapping: CsvMapping, index: Map<string, number>, record: CsvRecord) => {
  const cells: Partial<Record<CsvField, string>> = {};
  for (const field of csvFields) {
    const column = mapping[field];
    if (column === undefined) continue;
    cells[field] = record.cells[index.get(column)!] ?? '';
  }
  return cells;
};

/**
 * Imports organisations from a CSV file in two streamed passes. The first validates every row
 * (its cells, its city, its key against the rest of the file and the database, the actor's right
 * to write it) and keeps only the report. The second, only when the file may be written (no
 * invalid row, or skipInvalid), reads the file again and writes valid rows in batches, all inside
 * ONE transaction: a failure midway leaves nothing behind. Organisations are matched by key
 * (derived from the name when the file has no key column), so importing a file again updates
 * what changed and leaves the rest alone. Memory: one batch of rows, the report's first
 * problems, and one entry per key of the file.
 */
export async function importCsv(ctx: ServiceContext, source: CsvSource, options: CsvImportOptions = {}): Promise<CsvImportResult> {
  if (!canImportCsv(ctx.actor, options.defaultCity?.id ?? null)) throw forbidden('Only administrators and the city’s coordinators can import organisations.');
  const batchSize = options.batchSize ?? 500;
  const report = emptyReport();
  const dialect = await sniffCsv(source, ctx.db);
  const result = (outcome: CsvImportResult['outcome'], headers: string[], mapping: CsvMapping): CsvImportResult => ({
    outcome,
    delimiter: dialect.delimiter,
    headers,
    mapping,
    report,
    skipped: options.skipInvalid && outcome === 'imported' ? report.invalidRows : 0,
    counts: { created: 0, updated: 0, unchanged: 0 },
  });
  if (!dialect.utf8) {
    fileProblem(report, 'row', 'encoding', 'the file is not UTF-8 text; save it as "CSV UTF-8" and try again', options.onProblem);
    return result('rejected', [], options.mapping ?? {});
  }

  const themes = await themeLookup(ctx);
  const schema = rowSchema(themes);
  let headers: string[] | undefined;
  let mapping: CsvMapping = options.mapping ?? {};
  const resolver = () => new RowResolver(mapping, options.defaultCity ?? null);

  // Pass 1: validate everything, keep the report only.
  const validation = resolver();
  let rows = 0;
  await options.onProgress?.({ phase: 'validate', rows: 0, bytes: 0, totalBytes: source.size });
  for await (const batch of batches(
    ctx,
    source,
    dialect,
    schema,
    () => mapping,
    validation,
    batchSize,
    (h) => {
      headers = h;
      mapping = options.mapping ?? suggestMapping(h);
      const problems = checkMapping(mapping, h, { defaultCity: Boolean(options.defaultCity) });
      if (problems.length) {
        throw invalid(
          problems.map((p) => ({ path: `mapping.${p.field}`, rule: 'invalid_mapping', message: p.message })),
          'The column mapping cannot be used (see fields); nothing was imported.',
        );
      }
    },
  )) {
    for (const entry of batch) {
      addRow(report, entry.problems);
      if (options.onProblem) for (const p of entry.problems) options.onProblem(p);
    }
    rows += batch.length;
    await options.onProgress?.({ phase: 'validate', rows, bytes: batch.at(-1)?.bytes ?? 0, totalBytes: source.size });
  }
  if (!headers) {
    fileProblem(report, 'row', 'empty', 'the file has no header row and no rows', options.onProblem);
    return result('rejected', [], mapping);
  }
  if (options.dryRun) return result('validated', headers, mapping);
  if (report.invalidRows && !options.skipInvalid) return result('rejected', headers, mapping);
  if (!report.validRows) return result('imported', headers, mapping);

  // Pass 2: the same rows again, valid ones written batch by batch in one transaction. The key
  // index of pass 1 is reused, so a repeated key is refused in exactly the same rows.
  const counts = await inTransaction(ctx, async (tx) => {
    const total: WriteCounts = { created: 0, updated: 0, unchanged: 0 };
    let done = 0;
    await options.onProgress?.({ phase: 'write', rows: 0, totalRows: report.rows, bytes: 0, totalBytes: source.size });
    for await (const batch of batches(tx, source, dialect, schema, () => mapping, validation, batchSize)) {
      const valid = batch.filter((e) => !e.problems.length && e.resolved).map((e) => e.resolved!);
      const written = await writeBatch(tx, valid);
      total.created += written.created;
      total.updated += written.updated;
      total.unchanged += written.unchanged;
      done += batch.length;
      await options.onProgress?.({ phase: 'write', rows: done, totalRows: report.rows, bytes: batch.at(-1)?.bytes ?? 0, totalBytes: source.size });
    }
    return total;
  });
  return { ...result('imported', headers, mapping), counts };
}

interface CheckedRow {
  line: number;
  bytes: number;
  problems: RowProblem[];
  resolved?: ResolvedRow;
}

/** The file's rows, checked, in batches. `onHeaders` sees the header row before the first batch. */
async function* batches(
  ctx: ServiceContext,
  source: CsvSource,
  dialect: CsvDialect,
  schema: RowSchema,
  mappingNow: () => CsvMapping,
  resolver: RowResolver,
  batchSize: number,
  onHeaders?: (headers: string[]) => void,
): AsyncGenerator<CheckedRow[]> {
  let index = new Map<string, number>();
  let pending: { record: CsvRecord; problems: RowProblem[]; value?: CsvRowValue }[] = [];
  const flush = async (): Promise<CheckedRow[]> => {
    const ok = pending.filter((p) => p.value).map((p) => ({ line: p.record.line, value: p.value! }));
    const { resolved, problems } = await resolver.resolve(ctx, ok);
    const byLine = new Map(resolved.map((r) => [r.line, r]));
    const out = pending.map((p) => ({
      line: p.record.line,
      bytes: p.record.bytes,
      problems: [...p.problems, ...(problems.get(p.record.line) ?? [])],
      resolved: byLine.get(p.record.line),
    }));
    pending = [];
    return out;
  };
  for await (const item of readCsv(source, dialect, ctx.db)) {
    if ('headers' in item) {
      onHeaders?.(item.headers);
      index = new Map(item.headers.map((h, i) => [h, i]));
      continue;
    }
    const mapping = mappingNow();
    const cells = cellsOf(mapping, index, item);
    const { value, problems } = validateRow(schema, mapping, cells, item.line);
    if (Object.values(cells).some((c) => c?.includes('\uFFFD'))) {
      problems.push({
        row: item.line,
        field: 'row',
        column: null,
        rule: 'encoding',
        message: 'the row has characters that are not UTF-8; save the file as "CSV UTF-8"',
      });
    }
    pending.push({ record: item, problems, value: problems.length ? undefined : value });
    if (pending.length >= batchSize) yield await flush();
  }
  if (pending.length) yield await flush();
}
