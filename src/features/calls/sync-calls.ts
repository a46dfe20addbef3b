import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { and, count, eq, sql } from 'drizzle-orm';
import type { ServiceContext } from '../../shared/context.ts';
import { requireCallManager } from './calls-policy.ts';
import { callImports, callSyncState, fundingCalls, type CallImportOutcome } from './calls.table.ts';
import { importCallsFromFile, startImportLog, type CallImportProgress, type CallImportSummary } from './import-calls.ts';
import { keepRunAlive } from './import-run-lease.ts';
import { runMessage, runMessageColumns, type RunMessage } from './run-messages.ts';

export interface CallSyncResult {
  outcome: Extract<CallImportOutcome, 'done' | 'not-modified' | 'offline' | 'failed'>;
  message: string;
  url: string;
  importId: string;
  summary: CallImportSummary | null;
}

export interface SyncCallsOptions {
  url?: string;
  now?: Date;
  /** How long to wait for the portal to answer (headers); the download itself may take longer. */
  timeoutMs?: number;
  onProgress?: (progress: CallImportProgress) => void;
  onDownload?: (bytes: number, total: number | null) => void;
  /** The run to log into, already marked running (runQueuedCallsSync); without one a new run is logged. */
  importId?: string;
}

const causeOf = (error: unknown): string => {
  const e = error as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (e?.name === 'TimeoutError' || e?.name === 'AbortError') return 'timeout';
  return e?.cause?.code ?? e?.cause?.message ?? e?.message ?? String(error);
};

/**
 * Downloads the portal's reference file with a conditional GET (the ETag and Last-Modified of
 * the last successful download) into the data directory and imports it. Without network the
 * calls already imported stay as they are and the result says so (outcome `offline`); the
 * portal answering 304 is `not-modified`. Every run is logged in call_imports.
 */
export async function syncCalls(ctx: ServiceContext, options: SyncCallsOptions = {}): Promise<CallSyncResult> {
  requireCallManager(ctx.actor);
  const url = options.url ?? ctx.config.callsUrl;
  const now = options.now ?? new Date();
  await ctx.db.insert(callSyncState).values({ url }).onConflictDoNothing();
  const [state] = await ctx.db.select().from(callSyncState).where(eq(callSyncState.url, url));
  const importId = options.importId ?? (await startImportLog(ctx, 'sync', url));
  const finish = async (
    outcome: CallSyncResult['outcome'],
    said: RunMessage,
    summary: CallImportSummary | null = null,
    fresh?: { etag: string | null; lastModified: string | null },
  ) => {
    const message = said.message;
    if (outcome !== 'done')
      await ctx.db
        .update(callImports)
        .set({ outcome, ...runMessageColumns(said), finishedAt: new Date() })
        .where(eq(callImports.id, importId));
    await ctx.db
      .update(callSyncState)
      .set({
        lastCheckedAt: now,
        lastOutcome: outcome,
        lastMessage: message,
        ...(outcome === 'done' || outcome === 'not-modified' ? { lastSuccessAt: now } : {}),
        ...(fresh ? { etag: fresh.etag, lastModified: fresh.lastModified } : {}),
      })
      .where(eq(callSyncState.url, url));
    return { outcome, message, url, importId, summary };
  };

  // The run's lease is renewed while this process works on it, so a process killed midway
  // leaves a run that reads as interrupted (import-run-lease.ts).
  const stopLease = keepRunAlive(ctx.db, importId);
  try {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (state?.etag) headers['if-none-match'] = state.etag;
    if (state?.lastModified) headers['if-modified-since'] = state.lastModified;
    let response: Response;
    try {
      response = await fetch(url, { headers, signal: AbortSignal.timeout(options.timeoutMs ?? 30_000) });
    } catch (error) {
      const [{ n }] = await ctx.db.select({ n: count() }).from(fundingCalls);
      return finish('offline', runMessage.sourceUnreachable(new URL(url).host, causeOf(error), n));
    }
    if (response.status === 304) {
      await response.body?.cancel();
      return finish('not-modified', runMessage.notModified());
    }
    if (!response.ok || !response.body) {
      await response.body?.cancel();
      return finish('failed', runMessage.portalError(response.status, response.statusText));
    }

    const dir = path.join(ctx.config.dataDir, 'calls');
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `download-${crypto.randomBytes(6).toString('hex')}.json`);
    try {
      const total = Number(response.headers.get('content-length')) || null;
      let bytes = 0;
      const body = Readable.fromWeb(response.body as import('node:stream/web').ReadableStream);
      body.on('data', (chunk: Buffer) => options.onDownload?.((bytes += chunk.length), total));
      await pipeline(body, fs.createWriteStream(file));
      const summary = await importCallsFromFile(ctx, file, { now, origin: url, importId, onProgress: options.onProgress });
      return await finish('done', runMessage.imported(summary), summary, {
        etag: response.headers.get('etag'),
        lastModified: response.headers.get('last-modified'),
      });
    } catch (error) {
      return finish('failed', runMessage.downloadFailed(causeOf(error)));
    } finally {
      fs.rmSync(file, { force: true });
    }
  } finally {
    stopLease();
  }
}

const CLAIM_HOURS = 2;
/** After an offline or failed run, the next attempt waits this long (the portal may be down for a while). */
const RETRY_HOURS = 6;

/**
 * Claims the sync of a URL for this process: only one process syncs a URL at a time (the claim
 * expires after two hours should its process die). The row update is atomic, so two processes
 * cannot both win. A sync run still marked running when a claim is won belonged to a process that
 * died (a live one would hold the claim), so it is marked interrupted.
 */
async function claimSync(ctx: Pick<ServiceContext, 'db'>, url: string, now: Date, daily: boolean): Promise<boolean> {
  await ctx.db.insert(callSyncState).values({ url }).onConflictDoNothing();
  const t = now.toISOString();
  const due = daily
    ? sql`AND (${callSyncState.lastSuccessAt} IS NULL OR ${callSyncState.lastSuccessAt} < ${t}::timestamptz - interval '24 hours')
        AND (${callSyncState.lastCheckedAt} IS NULL OR ${callSyncState.lastCheckedAt} < ${t}::timestamptz - make_interval(hours => ${RETRY_HOURS}))`
    : sql``;
  const claimed = await ctx.db
    .update(callSyncState)
    .set({ claimedUntil: new Date(now.getTime() + CLAIM_HOURS * 3_600_000) })
    .where(sql`${callSyncState.url} = ${url} AND (${callSyncState.claimedUntil} IS NULL OR ${callSyncState.claimedUntil} < ${t}::timestamptz) ${due}`)
    .returning({ url: callSyncState.url });
  if (claimed.length === 0) return false;
  await ctx.db
    .update(callImports)
    .set({ outcome: 'interrupted', finishedAt: now, ...runMessageColumns(runMessage.interrupted()) })
    .where(and(eq(callImports.source, 'sync'), eq(callImports.origin, url), eq(callImports.outcome, 'running')));
  return true;
}

/**
 * Claims today's sync: as {@link claimSync}, and only when the last successful sync is more than
 * 24 hours old and the last attempt more than 6 hours.
 */
export const claimDailySync = (ctx: Pick<ServiceContext, 'db'>, url: string, now: Date) => claimSync(ctx, url, now, true);

/** Claims a sync asked for now ("Sync now", `pontis calls sync`): only another sync in progress stands in the way. */
export const claimSyncNow = (ctx: Pick<ServiceContext, 'db'>, url: string, now: Date) => claimSync(ctx, url, now, false);

export async function releaseSync(ctx: Pick<ServiceContext, 'db'>, url: string): Promise<void> {
  await ctx.db.update(callSyncState).set({ claimedUntil: null }).where(eq(callSyncState.url, url));
}
