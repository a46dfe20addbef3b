import type { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import zlib from 'node:zlib';
import { AppError } from '../../shared/errors.ts';
import { backupDamaged, LineHasher, parseHeader, type BackupHeader, type EndLine, type TableLine } from './backup-format.ts';

export type BackupEvent =
  | { kind: 'header'; header: BackupHeader }
  | { kind: 'table'; table: TableLine }
  /** Row lines of the current table, as written (JSON arrays of text forms). */
  | { kind: 'rows'; table: string; lines: string[] }
  | { kind: 'end'; end: EndLine };

const BATCH_ROWS = 1000;
const BATCH_CHARS = 8 << 20;

/**
 * Reads a backup file (gzip) and hands it over in pieces, checking its structure as it goes.
 * The last event, `end`, comes only once the checksum and the row counts match and nothing
 * follows, so a consumer that commits after the last event never commits a damaged file.
 */
export async function* readBackup(input: Readable): AsyncGenerator<BackupEvent> {
  const hasher = new LineHasher();
  let header: BackupHeader | undefined;
  let current: TableLine | undefined;
  let end: EndLine | undefined;
  const seen: string[] = [];
  const counts: Record<string, number> = {};
  let pending: string[] = [];
  let pendingChars = 0;

  const flush = (): BackupEvent | undefined => {
    if (!pending.length || !current) return undefined;
    const event: BackupEvent = { kind: 'rows', table: current.table, lines: pending };
    pending = [];
    pendingChars = 0;
    return event;
  };

  function* take(line: string): Generator<BackupEvent> {
    if (end) {
      if (line.length) throw backupDamaged('there is data after its last line.');
      return;
    }
    if (!header) {
      header = parseHeader(line);
      hasher.add(`${line}\n`);
      yield { kind: 'header', header };
      return;
    }
    if (line.startsWith('[')) {
      if (!current) throw backupDamaged('a row comes before any table.');
      hasher.add(`${line}\n`);
      counts[current.table]++;
      pending.push(line);
      pendingChars += line.length;
      if (pending.length >= BATCH_ROWS || pendingChars >= BATCH_CHARS) yield flush()!;
      return;
    }
    let parsed: Partial<TableLine & EndLine>;
    try {
      parsed = JSON.parse(line);
    } catch {
      throw backupDamaged(`line ${seen.length + 2} is not valid JSON.`);
    }
    const rows = flush();
    if (rows) yield rows;
    if (typeof parsed.table === 'string' && Array.isArray(parsed.columns)) {
      const expected = header.tables[seen.length]?.name;
      if (parsed.table !== expected) throw backupDamaged(`table ${parsed.table} comes where ${expected ?? 'no table'} was expected.`);
      hasher.add(`${line}\n`);
      current = parsed as TableLine;
      seen.push(current.table);
      counts[current.table] = 0;
      yield { kind: 'table', table: current };
      return;
    }
    if (parsed.end === true) {
      if (parsed.sha256 !== hasher.digest()) throw backupDamaged('its checksum does not match its content.');
      for (const t of header.tables) {
        if (counts[t.name] !== t.rows || parsed.rows?.[t.name] !== t.rows) {
          throw backupDamaged(`table ${t.name} should have ${t.rows} rows but has ${counts[t.name] ?? 0}.`);
        }
      }
      end = parsed as EndLine;
      return;
    }
    throw backupDamaged(`line ${seen.length + 2} is neither a table nor a row.`);
  }

  const decoder = new StringDecoder('utf8');
  let rest = '';
  const gunzip = input.pipe(zlib.createGunzip());
  input.on('error', (error) => gunzip.destroy(error));
  try {
    for await (const chunk of gunzip) {
      const text = rest + decoder.write(chunk as Buffer);
      const lines = text.split('\n');
      rest = lines.pop()!;
      for (const line of lines) yield* take(line);
    }
    rest += decoder.end();
    if (rest.length) yield* take(rest);
  } catch (error) {
    if (error instanceof AppError) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? '';
    if (code.startsWith('Z_') && !header) {
      throw new AppError('backup_unknown_format', 400, 'This is not a Pontis backup file (it is not gzip-compressed).');
    }
    if (code.startsWith('Z_') || code === 'ERR_STREAM_PREMATURE_CLOSE')
      throw backupDamaged(`the compressed data is corrupt or cut short (${(error as Error).message}).`);
    throw error;
  }
  if (!header) throw new AppError('backup_unknown_format', 400, 'This is not a Pontis backup file (it is empty).');
  if (!end) throw backupDamaged('it ends before its last line (was the copy cut short?).');
  yield { kind: 'end', end };
}
