import fs from 'node:fs';
import path from 'node:path';
import { stringify } from 'csv-stringify';
import { z } from 'zod';
import { cityNames, findCityIdsByName } from '../features/cities/index.ts';
import { csvFields, type CsvMapping } from '../features/csv-import/index.ts';
import type { CsvSource } from '../features/csv-import/index.ts';
import type { RowProblem } from '../features/csv-import/index.ts';
import { importCsv, type CsvImportResult } from '../features/csv-import/index.ts';
import { actingAs, importSource } from '../shared/actor.ts';
import type { ServiceContext } from '../shared/context.ts';
import { AppError } from '../shared/errors.ts';
import { err } from './output.ts';
import { progressBar } from './progress-bar.ts';

export interface ImportCsvCliOptions {
  city?: string;
  mapping?: string;
  map?: string[];
  dryRun?: boolean;
  skipInvalid?: boolean;
  report?: string;
  batchSize?: string;
}

const mappingFile = z.record(z.enum(csvFields), z.string().min(1));

/** The mapping from --mapping FILE and --map field=Column (the latter win); undefined: suggest one. */
export function mappingFromOptions(opts: ImportCsvCliOptions): CsvMapping | undefined {
  let mapping: CsvMapping | undefined;
  if (opts.mapping) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(fs.readFileSync(opts.mapping, 'utf8'));
    } catch (error) {
      throw new AppError('file_unreadable', 400, `Cannot read the mapping ${opts.mapping}: ${(error as Error).message}`);
    }
    const result = mappingFile.safeParse(parsed);
    if (!result.success) {
      throw new AppError(
        'invalid_mapping',
        400,
        `${opts.mapping} is not a mapping of field names to column names.`,
        result.error.issues.map((i) => ({ path: `mapping.${i.path.join('.')}`, rule: i.code, message: i.message })),
      );
    }
    mapping = result.data as CsvMapping;
  }
  for (const pair of opts.map ?? []) {
    const at = pair.indexOf('=');
    const field = pair.slice(0, at).trim();
    if (at < 1 || !(csvFields as readonly string[]).includes(field)) {
      throw new AppError('invalid_mapping', 400, `--map ${pair}: write field=Column, with a field among ${csvFields.join(', ')}.`);
    }
    mapping = { ...(mapping ?? {}), [field]: pair.slice(at + 1) };
  }
  return mapping;
}

async function resolveCity(ctx: ServiceContext, name: string) {
  const ids = await findCityIdsByName(ctx, name);
  if (ids.length !== 1) {
    throw new AppError(
      'invalid_city',
      400,
      ids.length ? `"${name}" could mean several cities; use the city key.` : `No city has the key, name or alias "${name}".`,
      [{ path: 'city', rule: ids.length ? 'ambiguous_reference' : 'unknown_reference', message: `--city ${name}` }],
    );
  }
  const [city] = await cityNames(ctx, 'id', ids);
  return city && { id: city.id, key: city.key };
}

function fileSource(file: string): CsvSource {
  let size: number;
  try {
    size = fs.statSync(file).size;
  } catch (error) {
    throw new AppError('file_unreadable', 400, `Cannot read ${file}: ${(error as Error).message}`);
  }
  return { size, open: () => fs.createReadStream(file, { highWaterMark: 256 * 1024 }) };
}

/** Writes every problem to the report file as it is found (CSV or, for *.json, JSON). */
function reportWriter(file: string) {
  const output = fs.createWriteStream(file);
  const json = file.toLowerCase().endsWith('.json');
  const csv = json ? undefined : stringify({ header: true, columns: ['row', 'field', 'column', 'rule', 'message'], bom: true });
  csv?.pipe(output);
  let first = true;
  if (json) output.write('{"problems":[\n');
  return {
    add(problem: RowProblem) {
      if (csv) csv.write(problem);
      else {
        output.write(`${first ? '' : ',\n'}${JSON.stringify(problem)}`);
        first = false;
      }
    },
    async close(result?: CsvImportResult) {
      if (json) {
        const { problems: _kept, ...counts } = result?.report ?? {};
        output.write(`\n],\n"summary":${JSON.stringify(result ? { outcome: result.outcome, skipped: result.skipped, ...result.counts, ...counts } : null)}}\n`);
        output.end();
      } else csv!.end();
      await new Promise<void>((resolve) => output.on('close', resolve));
    },
  };
}

/** `pontis import-csv`: returns the exit code (1 when rows were refused and nothing written). */
export async function importCsvFromCli(ctx: ServiceContext, file: string, opts: ImportCsvCliOptions): Promise<number> {
  const source = fileSource(file);
  const mapping = mappingFromOptions(opts);
  const defaultCity = opts.city ? await resolveCity(ctx, opts.city) : null;
  const bar = progressBar();
  const report = opts.report ? reportWriter(opts.report) : undefined;
  let result: CsvImportResult | undefined;
  try {
    result = await importCsv({ ...ctx, actor: actingAs(ctx.actor, importSource(path.basename(file))) }, source, {
      mapping,
      defaultCity,
      dryRun: opts.dryRun,
      skipInvalid: opts.skipInvalid,
      batchSize: opts.batchSize ? Number(opts.batchSize) : undefined,
      onProblem: report ? (p) => report.add(p) : undefined,
      onProgress: (p) => bar.update(p.phase === 'validate' ? 'Validating' : 'Importing ', p.bytes, p.totalBytes, p.rows),
    });
  } finally {
    bar.finish();
    await report?.close(result);
  }
  const r = result.report;
  process.stdout.write(
    `${JSON.stringify(
      {
        outcome: result.outcome,
        delimiter: result.delimiter === '\t' ? 'tab' : result.delimiter,
        mapping: result.mapping,
        rows: r.rows,
        validRows: r.validRows,
        invalidRows: r.invalidRows,
        skipped: result.skipped,
        ...result.counts,
      },
      null,
      2,
    )}\n`,
  );
  const shown = r.problems.slice(0, 20);
  for (const p of shown) err(`  line ${p.row}, ${p.field}${p.column ? ` (column "${p.column}")` : ''}: ${p.message}`);
  if (r.problemCount > shown.length)
    err(`  … and ${r.problemCount - shown.length} more problems${opts.report ? ` (all in ${opts.report})` : '; use --report FILE to get them all'}.`);
  if (result.outcome === 'rejected') {
    err(`${r.invalidRows} of ${r.rows} rows are invalid: nothing was imported. Fix them, or use --skip-invalid to import the valid rows only.`);
    return 1;
  }
  if (result.outcome === 'validated') err('Dry run: nothing was written.');
  if (result.skipped) err(`Skipped ${result.skipped} invalid rows.`);
  return 0;
}
