import { desc, eq, getTableColumns } from 'drizzle-orm';
import { updateVersioned } from '../../db/versioned-update.ts';
import { actorUserId } from '../../shared/actor.ts';
import type { ServiceContext } from '../../shared/context.ts';
import { AppError, forbidden, invalid, notFound } from '../../shared/errors.ts';
import { cityNames } from '../cities/index.ts';
import { checkMapping, csvFields, suggestMapping, type CsvMapping } from './csv-fields.ts';
import { canImportCsv, requireCsvImporter } from './csv-import-policy.ts';
import { storedFileSource } from './csv-import-source.ts';
import { csvImports } from './csv-imports.table.ts';
import type { CsvImport, CsvImportReport, CsvPreview } from './csv-imports.schemas.ts';
import { bufferSource, readCsv, sniffCsv, type CsvDialect } from './csv-reader.ts';
import { RowResolver, themeLookup } from './csv-references.ts';
import { rowSchema, validateRow, type RowProblem } from './csv-row.ts';

type ImportRow = Omit<typeof csvImports.$inferSelect, 'file'>;
const PREVIEW_ROWS = 20;

const delimiterNames = { ',': 'comma', ';': 'semicolon', '\t': 'tab' } as const;
const dialectOf = (row: ImportRow): CsvDialect => ({ delimiter: row.delimiter as CsvDialect['delimiter'], bom: false, utf8: true });

/** Every column but the file, which is read in chunks when needed. */
const { file: _file, ...importColumns } = getTableColumns(csvImports);

/** A validation or import may start unless one is queued or running, or the file was imported already. */
const canStart = (row: ImportRow) => row.state !== 'queued' && row.state !== 'running' && row.outcome !== 'imported';

async function present(ctx: ServiceContext, row: ImportRow): Promise<CsvImport> {
  const [city] = await cityNames(ctx, 'id', [row.cityId]);
  const report = row.report ? (({ problems: _p, ...summary }) => summary)(row.report) : null;
  const percent = row.state === 'done' ? 100 : row.fileSize ? Math.min(99, Math.floor((row.bytesDone / row.fileSize) * 100)) : 0;
  return {
    id: row.id,
    city,
    fileName: row.fileName,
    fileSize: row.fileSize,
    delimiter: delimiterNames[row.delimiter as keyof typeof delimiterNames] ?? 'comma',
    headers: row.headers,
    mapping: row.mapping,
    mode: row.mode,
    skipInvalid: row.skipInvalid,
    state: row.state,
    outcome: row.outcome,
    progress: { phase: row.phase, rowsDone: row.rowsDone, rowsTotal: row.rowsTotal, percent },
    report,
    counts: row.counts,
    error: row.error,
    canStart: canStart(row),
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
  };
}

/** Loads an import the actor may manage (its city's coordinators and admins); 404 / 403 otherwise. */
async function loadImport(ctx: ServiceContext, id: string): Promise<ImportRow> {
  const [row] = await ctx.db.select(importColumns).from(csvImports).where(eq(csvImports.id, id));
  if (!row) throw notFound('The import');
  if (!canImportCsv(ctx.actor, row.cityId)) throw forbidden('Only administrators and the city’s coordinators can see this import.');
  return row as ImportRow;
}

export interface UploadedCsv {
  fileName: string;
  bytes: Buffer;
}

/**
 * Stores an uploaded CSV file as a new import of the city's organisations, with the column mapping
 * suggested from its header row. Refuses files that are not UTF-8 or have no header row.
 */
export async function uploadCsvImport(ctx: ServiceContext, cityId: string, file: UploadedCsv): Promise<CsvImport> {
  requireCsvImporter(ctx.actor, cityId);
  const [city] = await cityNames(ctx, 'id', [cityId]);
  if (!city) throw invalid([{ path: 'cityId', rule: 'not_found', message: 'There is no such city.' }]);
  const source = bufferSource(file.bytes);
  const dialect = await sniffCsv(source);
  if (!dialect.utf8) throw invalid([{ path: 'file', rule: 'encoding', message: 'The file is not UTF-8 text; save it as "CSV UTF-8" and upload it again.' }]);
  let headers: string[] | undefined;
  for await (const item of readCsv(source, dialect)) {
    if ('headers' in item) {
      headers = item.headers;
      break;
    }
  }
  if (!headers) throw invalid([{ path: 'file', rule: 'empty', message: 'The file has no header row.' }]);
  const [row] = await ctx.db
    .insert(csvImports)
    .values({
      cityId,
      createdBy: actorUserId(ctx.actor),
      fileName: file.fileName.slice(0, 300) || 'import.csv',
      fileSize: file.bytes.length,
      file: file.bytes,
      delimiter: dialect.delimiter,
      headers,
      mapping: suggestMapping(headers),
    })
    .returning({ id: csvImports.id });
  return present(ctx, await loadImport(ctx, row.id));
}

export async function getCsvImport(ctx: ServiceContext, id: string): Promise<CsvImport> {
  return present(ctx, await loadImport(ctx, id));
}

/** The imports the actor may manage, newest first (admins: all; coordinators: their city's). */
export async function listCsvImports(ctx: ServiceContext): Promise<CsvImport[]> {
  const actor = ctx.actor;
  if (actor.kind !== 'user' || !(actor.role === 'admin' || actor.role === 'coordinator'))
    throw forbidden('Only administrators and coordinators import organisations.');
  const rows = await ctx.db
    .select(importColumns)
    .from(csvImports)
    .where(actor.role === 'admin' ? undefined : eq(csvImports.cityId, actor.cityId ?? '00000000-0000-0000-0000-000000000000'))
    .orderBy(desc(csvImports.createdAt))
    .limit(50);
  return Promise.all(rows.map((r) => present(ctx, r as ImportRow)));
}

/** The header row, the suggested and current mappings, and the first rows checked as the import would. */
export async function previewCsvImport(ctx: ServiceContext, id: string): Promise<CsvPreview> {
  const job = await loadImport(ctx, id);
  const mappingProblems = checkMapping(job.mapping, job.headers, { defaultCity: true });
  const rows: CsvPreview['rows'] = [];
  if (job.outcome === 'imported')
    return { headers: job.headers, suggestedMapping: suggestMapping(job.headers), mapping: job.mapping, mappingProblems, fields: [...csvFields], rows };
  const schema = rowSchema(await themeLookup(ctx));
  const [city] = await cityNames(ctx, 'id', [job.cityId]);
  const resolver = new RowResolver(job.mapping, city);
  const index = new Map(job.headers.map((h, i) => [h, i]));
  const stream = readCsv(storedFileSource(ctx.db, job.id, job.fileSize), dialectOf(job), ctx.db);
  for await (const item of stream) {
    if ('headers' in item) continue;
    let problems: RowProblem[] = [];
    if (!mappingProblems.length) {
      const cells = Object.fromEntries(csvFields.filter((f) => job.mapping[f] !== undefined).map((f) => [f, item.cells[index.get(job.mapping[f]!)!] ?? '']));
      const checked = validateRow(schema, job.mapping, cells, item.line);
      problems = checked.problems;
      if (checked.value) problems.push(...((await resolver.resolve(ctx, [{ line: item.line, value: checked.value }])).problems.get(item.line) ?? []));
    }
    rows.push({ row: item.line, cells: job.headers.map((_, i) => item.cells[i] ?? ''), problems });
    if (rows.length >= PREVIEW_ROWS) break;
  }
  return { headers: job.headers, suggestedMapping: suggestMapping(job.headers), mapping: job.mapping, mappingProblems, fields: [...csvFields], rows };
}

function refuseWhileBusy(job: ImportRow) {
  if (job.state === 'queued' || job.state === 'running') throw new AppError('import_running', 409, 'The import is running; wait until it has finished.');
  if (job.outcome === 'imported') throw new AppError('import_done', 409, 'This file has been imported already; upload it again to import it once more.');
}

/** Replaces the column mapping; a previous validation report no longer applies and is cleared. */
export async function setCsvImportMapping(ctx: ServiceContext, id: string, input: { version: number; mapping: CsvMapping }): Promise<CsvImport> {
  const job = await loadImport(ctx, id);
  refuseWhileBusy(job);
  const problems = checkMapping(input.mapping, job.headers, { defaultCity: true }).filter((p) => input.mapping[p.field as keyof CsvMapping] !== undefined);
  if (problems.length) throw invalid(problems.map((p) => ({ path: `mapping.${p.field}`, rule: 'invalid_mapping', message: p.message })));
  await updateVersioned(ctx, csvImports, 'The import', id, input.version, {
    mapping: input.mapping,
    state: 'uploaded',
    outcome: null,
    report: null,
    counts: null,
    error: null,
    phase: null,
    rowsDone: 0,
    bytesDone: 0,
  });
  return getCsvImport(ctx, id);
}

/** Queues a validation (mode validate) or an import for the worker. */
export async function startCsvImport(
  ctx: ServiceContext,
  id: string,
  input: { version: number; mode: 'validate' | 'import'; skipInvalid: boolean },
): Promise<CsvImport> {
  const job = await loadImport(ctx, id);
  refuseWhileBusy(job);
  const problems = checkMapping(job.mapping, job.headers, { defaultCity: true });
  if (problems.length)
    throw invalid(
      problems.map((p) => ({ path: `mapping.${p.field}`, rule: 'invalid_mapping', message: p.message })),
      'Map the columns first.',
    );
  await updateVersioned(ctx, csvImports, 'The import', id, input.version, {
    mode: input.mode,
    skipInvalid: input.skipInvalid,
    state: 'queued',
    outcome: null,
    error: null,
    phase: null,
    rowsDone: 0,
    bytesDone: 0,
    rowsTotal: null,
    attempts: 0,
    lockedUntil: null,
    finishedAt: null,
  });
  return getCsvImport(ctx, id);
}

/** The problems the last validation kept (the first ones; counts cover all). */
export async function csvImportReport(ctx: ServiceContext, id: string): Promise<CsvImportReport> {
  const job = await loadImport(ctx, id);
  const report = job.report;
  return { problems: report?.problems ?? [], problemCount: report?.problemCount ?? 0, truncated: report?.truncated ?? false };
}
