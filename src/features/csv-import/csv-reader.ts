import type { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import type { Db } from '../../db/database.ts';
import { invalid } from '../../shared/errors.ts';
import { detectHeaderRow } from './csv-fields.ts';
import { SAMPLE_BYTES, decodeSample, detectDelimiter, hasBom, type CsvDelimiter } from './csv-dialect.ts';

/** Where the bytes of a CSV file come from; opened once per pass, so nothing holds the whole file. */
export interface CsvSource {
  /**
   * A fresh stream of the bytes. `db` is the connection or transaction the caller works in: a
   * file kept in the database must be read through it (the embedded engine has one connection,
   * which an open transaction holds).
   */
  open(db?: Db): Readable | Promise<Readable>;
  /** Size in bytes, for progress. */
  size: number;
}

export interface CsvDialect {
  delimiter: CsvDelimiter;
  bom: boolean;
  /** False when the start of the file is not UTF-8. */
  utf8: boolean;
}

/** Reads the first bytes of the file and guesses its dialect. */
export async function sniffCsv(source: CsvSource, db?: Db): Promise<CsvDialect> {
  const stream = await source.open(db);
  const chunks: Buffer[] = [];
  let length = 0;
  try {
    for await (const chunk of stream) {
      const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
      chunks.push(buffer);
      length += buffer.length;
      if (length >= SAMPLE_BYTES) break;
    }
  } finally {
    stream.destroy();
  }
  const sample = Buffer.concat(chunks).subarray(0, SAMPLE_BYTES);
  const text = decodeSample(sample);
  return { delimiter: detectDelimiter(text ?? sample.toString('latin1')), bom: hasBom(sample), utf8: text !== undefined };
}

export interface CsvRecord {
  /** Line number in the file where the record ends (1-based), as a spreadsheet shows it. */
  line: number;
  cells: string[];
  /** Bytes of the file read so far, for progress. */
  bytes: number;
}

/** Column names made usable as mapping targets: empty ones get a name, repeated ones a number. */
export function uniqueHeaders(row: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return row.map((cell, i) => {
    const base = cell.trim() || `(column ${i + 1})`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base} (${n})`;
  });
}

/**
 * Streams the records of a CSV file with csv-parse: BOM dropped, quoted fields with delimiters
 * and line breaks, rows of differing length tolerated (checked per field instead), empty lines
 * skipped. The header row is found among the first ten records; records above it are dropped.
 * Only the current record (and up to ten before the header is found) is held in memory.
 */
export async function* readCsv(source: CsvSource, dialect: CsvDialect, db?: Db): AsyncGenerator<{ headers: string[] } | CsvRecord> {
  const stream = await source.open(db);
  let lastLine = 0;
  const parser = stream.pipe(
    parse({
      delimiter: dialect.delimiter,
      bom: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      info: true,
      // Parsing runs ahead of this loop; the last row it completed tells where a syntax error is.
      on_record: (record, context) => {
        lastLine = context.lines;
        return record;
      },
    }),
  );
  stream.on('error', (err) => parser.destroy(err));
  const head: CsvRecord[] = [];
  let headerFound = false;
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number; bytes: number } }>) {
      const current: CsvRecord = { line: info.lines, cells: record, bytes: info.bytes };
      refuseNulCells(current);
      if (headerFound) {
        yield current;
        continue;
      }
      head.push(current);
      if (head.length < 10) continue;
      yield* releaseHead();
    }
    if (!headerFound) yield* releaseHead();
  } catch (err) {
    throw csvSyntaxError(err, lastLine);
  } finally {
    stream.destroy();
    parser.destroy();
  }

  function* releaseHead(): Generator<{ headers: string[] } | CsvRecord> {
    headerFound = true;
    if (!head.length) return;
    const at = detectHeaderRow(head.map((r) => r.cells));
    yield { headers: uniqueHeaders(head[at].cells) };
    for (const r of head.slice(at + 1)) yield r;
    head.length = 0;
  }
}

/**
 * csv-parse's own errors (a quote never closed, a malformed quoted field) as a 400 naming the
 * line: the file is the client's mistake, and nothing of it has been written.
 */
function csvSyntaxError(err: unknown, lastCompleteLine: number): unknown {
  const code = (err as { code?: string }).code;
  if (typeof code !== 'string' || !code.startsWith('CSV_')) return err;
  const where = `after line ${lastCompleteLine} (the last complete row)`;
  const message =
    code === 'CSV_QUOTE_NOT_CLOSED'
      ? `A quoted field is never closed: it starts ${where}. Check the quotation marks there.`
      : `The CSV file cannot be read ${where}: ${(err as Error).message}`;
  return invalid([{ path: 'file', rule: 'csv_syntax', message }], message);
}

/** PostgreSQL cannot store U+0000; a cell holding it is named by line and column. */
function refuseNulCells(record: CsvRecord) {
  const column = record.cells.findIndex((cell) => cell.includes('\u0000'));
  if (column < 0) return;
  const message = `Line ${record.line}, column ${column + 1} contains the character U+0000 (NUL); was the file saved as UTF-16? Save it as UTF-8 CSV.`;
  throw invalid([{ path: 'file', rule: 'no_nul_character', message }], message);
}

/** A source over bytes in memory (tests, previews of small uploads). */
export function bufferSource(bytes: Buffer): CsvSource {
  return {
    size: bytes.length,
    async open() {
      const { Readable } = await import('node:stream');
      return Readable.from([bytes]);
    },
  };
}
