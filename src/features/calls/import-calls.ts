import fs from 'node:fs';
import type { Readable } from 'node:stream';
import { eq } from 'drizzle-orm';
import { actorUserId } from '../../shared/actor.ts';
import { AppError, invalid } from '../../shared/errors.ts';
import { inTransaction, type ServiceContext } from '../../shared/context.ts';
import { recordDomainEvent } from '../domain-events/index.ts';
import { conceptTaggerFor } from '../tagging/index.ts';
import type { NormalisedCall } from './call-record.ts';
import { callImports, type CallSource } from './calls.table.ts';
import { keepRunAlive, runLease } from './import-run-lease.ts';
import { requireCallManager } from './calls-policy.ts';
import { jsonRecordArray } from './json-record-array.ts';
import { parseGrantTender } from './parse-grant-tender.ts';
import { parseSearchResult } from './parse-search-result.ts';
import { runMessage, runMessageColumns } from './run-messages.ts';
import { upsertCallBatch } from './upsert-calls.ts';

export interface CallImportSummary {
  importId: string;
  /** What the file turned out to be: the reference file, a search-API page, or neither (no records). */
  format: 'reference-file' | 'search-api' | 'unknown';
  records: number;
  added: number;
  changed: number;
  unchanged: number;
  closed: number;
  skipped: number;
  /** The first few reasons for skipped records, for the operator. */
  skippedReasons: string[];
}

export interface CallImportProgress {
  records: number;
  bytesRead: number;
  totalBytes: number | null;
}

export interface ImportCallsOptions {
  /** The time statuses are judged at and rows are stamped with (default: the clock). */
  now?: Date;
  /** File name or URL, for the import log. */
  origin?: string | null;
  /** The log's source label; 'sync' for downloads. Default: the detected format. */
  logSource?: string;
  onProgress?: (progress: CallImportProgress) => void;
  batchSize?: number;
  /** An import log row that already exists (sync creates it before downloading). */
  importId?: string;
}

// Batches of 100 records (about 1 MB of text) keep the statement and its garbage small: with 500
// the 130 MB benchmark file peaked 60 MB higher.
const DEFAULT_BATCH = 100;
const MAX_REASONS = 20;

// The two shapes: {"fundingData": {"GrantTenderObj": [...]}} and {"results": [{"metadata": {...}}]}.
const RECORD_ARRAYS = [['fundingData', 'GrantTenderObj'], ['results']];

/**
 * The records of a reference file or a search-API page, one at a time: the file is scanned as a
 * stream and each record parsed on its own (json-record-array.ts), so memory holds one chunk and
 * one record, never the file.
 */
export function streamCallRecords(input: Readable, onBytes?: (bytes: number) => void): AsyncIterable<unknown> {
  let bytes = 0;
  async function* counted(): AsyncGenerator<Buffer> {
    try {
      for await (const chunk of input as AsyncIterable<Buffer>) {
        bytes += chunk.length;
        onBytes?.(bytes);
        yield chunk;
      }
    } catch (error) {
      // An upload over its limit says so itself (413).
      if (error instanceof AppError) throw error;
      // The reader's errors (a broken download, a missing file) are the file's, said with its field.
      const message = `The file could not be read (${(error as Error).message ?? error}).`;
      throw invalid([{ path: 'file', rule: 'read', message }], message);
    }
  }
  return jsonRecordArray(counted(), RECORD_ARRAYS);
}

const isSearchResult = (record: unknown) =>
  typeof record === 'object' && record !== null && 'metadata' in record && typeof (record as { metadata: unknown }).metadata === 'object';

/**
 * Imports calls from records of either source (detected per record: search-API results carry
 * `metadata`), upserting in batches by identifier. Records without identifier or title, and
 * repeats of an identifier within the same import, are skipped and counted. The run is logged
 * in call_imports and audited. Administrators and the CLI only.
 */
export async function importCallRecords(
  ctx: ServiceContext,
  records: AsyncIterable<unknown> | Iterable<unknown>,
  options: ImportCallsOptions & { source?: CallSource; progress?: () => Omit<CallImportProgress, 'records'> } = {},
): Promise<CallImportSummary> {
  requireCallManager(ctx.actor);
  const now = options.now ?? new Date();
  const batchSize = options.batchSize ?? DEFAULT_BATCH;
  const importId = options.importId ?? (await startImportLog(ctx, options.logSource ?? options.source ?? 'reference-file', options.origin ?? null));
  const summary: CallImportSummary = { importId, format: 'unknown', records: 0, added: 0, changed: 0, unchanged: 0, closed: 0, skipped: 0, skippedReasons: [] };
  const stopLease = keepRunAlive(ctx.db, importId);
  try {
    const tagger = await conceptTaggerFor(ctx);
    // One transaction: a file that breaks off or turns out not to be JSON at record 9,000 leaves
    // the calls as they were, not half replaced. Each batch is a savepoint inside it.
    return await inTransaction(ctx, async (tx) => {
      const seen = new Set<string>();
      let batch: NormalisedCall[] = [];
      let batchSource: CallSource = options.source ?? 'reference-file';
      const flush = async () => {
        const counts = await upsertCallBatch(tx, batch, batchSource, tagger, now);
        summary.added += counts.added;
        summary.changed += counts.changed;
        summary.unchanged += counts.unchanged;
        summary.closed += counts.closed;
        batch = [];
        options.onProgress?.({ records: summary.records, ...(options.progress?.() ?? { bytesRead: 0, totalBytes: null }) });
      };
      for await (const record of records) {
        summary.records++;
        const searchApi = isSearchResult(record);
        if (summary.format === 'unknown') summary.format = searchApi ? 'search-api' : 'reference-file';
        const recordSource: CallSource = options.source ?? (searchApi ? 'search-api' : 'reference-file');
        const parsed = searchApi ? parseSearchResult(record) : parseGrantTender(record);
        let reason = parsed.ok ? null : parsed.reason;
        if (parsed.ok && seen.has(parsed.call.identifier)) reason = `repeated identifier ${parsed.call.identifier}`;
        if (reason || !parsed.ok) {
          summary.skipped++;
          if (summary.skippedReasons.length < MAX_REASONS) summary.skippedReasons.push(`record ${summary.records}: ${reason}`);
          continue;
        }
        seen.add(parsed.call.identifier);
        if (batch.length && recordSource !== batchSource) await flush();
        batchSource = recordSource;
        batch.push(parsed.call);
        if (batch.length >= batchSize) await flush();
      }
      await flush();
      await finishImportLog(tx, importId, summary);
      return summary;
    });
  } catch (error) {
    await failImportLog(ctx, importId, summary, error);
    throw error;
  } finally {
    stopLease();
  }
}

/** Imports a reference file or search-API page from a file on disk, streaming. */
export async function importCallsFromFile(ctx: ServiceContext, file: string, options: ImportCallsOptions = {}): Promise<CallImportSummary> {
  requireCallManager(ctx.actor);
  const totalBytes = fs.statSync(file).size;
  return importCallsFromStream(ctx, fs.createReadStream(file, { highWaterMark: 256 * 1024 }), { origin: file, ...options, totalBytes });
}

/** Imports from any byte stream (an upload, a download), streaming. */
export async function importCallsFromStream(
  ctx: ServiceContext,
  input: Readable,
  options: ImportCallsOptions & { totalBytes?: number | null } = {},
): Promise<CallImportSummary> {
  let bytesRead = 0;
  const records = streamCallRecords(input, (b) => (bytesRead = b));
  return importCallRecords(ctx, records, { ...options, progress: () => ({ bytesRead, totalBytes: options.totalBytes ?? null }) });
}

/** The log keeps wall-clock times (when it ran); `now` only judges statuses. */
export async function startImportLog(ctx: ServiceContext, source: string, origin: string | null): Promise<string> {
  const [row] = await ctx.db
    .insert(callImports)
    .values({ source, origin, startedBy: actorUserId(ctx.actor), ...runLease() })
    .returning({ id: callImports.id });
  return row.id;
}

const counts = (s: CallImportSummary) => ({
  records: s.records,
  added: s.added,
  changed: s.changed,
  unchanged: s.unchanged,
  closed: s.closed,
  skipped: s.skipped,
});

async function finishImportLog(ctx: ServiceContext, importId: string, summary: CallImportSummary) {
  await inTransaction(ctx, async (tx) => {
    const said = summary.skippedReasons.length ? runMessageColumns(runMessage.recordsSkipped(summary.skipped, summary.skippedReasons)) : {};
    await tx.db
      .update(callImports)
      .set({ ...counts(summary), outcome: 'done', finishedAt: new Date(), ...said })
      .where(eq(callImports.id, importId));
    // One audit event per run: the rows are public portal data, the run is what an operator did.
    await recordDomainEvent(tx, { entityType: 'call_import', entityId: importId, action: 'create', after: { format: summary.format, ...counts(summary) } });
  });
}

async function failImportLog(ctx: ServiceContext, importId: string, summary: CallImportSummary, error: unknown) {
  const message = error instanceof Error ? error.message : String(error);
  await ctx.db
    .update(callImports)
    .set({ ...counts(summary), outcome: 'failed', finishedAt: new Date(), ...runMessageColumns(runMessage.rolledBack(message)) })
    .where(eq(callImports.id, importId))
    .catch(() => undefined);
}
