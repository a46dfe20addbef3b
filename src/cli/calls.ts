import fs from 'node:fs';
import { callStatuses, type CallSummary } from '../features/calls/calls.schemas.ts';
import { importCallsFromFile, type CallImportSummary } from '../features/calls/index.ts';
import { listCalls } from '../features/calls/index.ts';
import { claimSyncNow, releaseSync, syncCalls, type CallSyncResult } from '../features/calls/index.ts';
import type { ServiceContext } from '../shared/context.ts';
import { invalid } from '../shared/errors.ts';
import { err, out } from './output.ts';
import { progressBar } from './progress-bar.ts';

export interface CallsImportCliOptions {
  json?: boolean;
}
export interface CallsListCliOptions {
  open?: boolean;
  status?: string;
  programme?: string;
  json?: boolean;
  limit?: string;
  at?: string;
}
export interface CallsSyncCliOptions {
  url?: string;
  json?: boolean;
}

const summaryLine = (s: CallImportSummary) =>
  `${s.records} records: ${s.added} added, ${s.changed} changed, ${s.unchanged} unchanged, ${s.closed} closed, ${s.skipped} skipped.`;

const bar = () => {
  const b = progressBar();
  return {
    update: (p: { records: number; bytesRead: number; totalBytes: number | null }) => b.update('Importing calls', p.bytesRead, p.totalBytes ?? 0, p.records),
    finish: () => b.finish(),
  };
};

/** `pontis calls import FILE`: a reference file or a search-API page, streamed. */
export async function importCallsFromCli(ctx: ServiceContext, file: string, opts: CallsImportCliOptions): Promise<void> {
  if (!fs.existsSync(file)) throw invalid([{ path: 'file', rule: 'exists', message: `${file} does not exist` }]);
  const progress = bar();
  const summary = await importCallsFromFile(ctx, file, { onProgress: progress.update });
  progress.finish();
  if (opts.json) {
    out(JSON.stringify(summary, null, 2));
    return;
  }
  out(`Imported ${file} (${summary.format}): ${summaryLine(summary)}`);
  for (const reason of summary.skippedReasons.slice(0, 5)) out(`  skipped ${reason}`);
}

/** `pontis calls sync`: conditional download and import; without network it says so and exits 0. */
export async function syncCallsFromCli(ctx: ServiceContext, opts: CallsSyncCliOptions): Promise<number> {
  const url = opts.url ?? ctx.config.callsUrl;
  // The same claim as the server's syncs: a server process (daily, or "Sync now") may be at it.
  if (!(await claimSyncNow(ctx, url, new Date()))) {
    err(`Another process is syncing the calls from ${url} right now; the run log (Calls data page) shows when it is done.`);
    return 1;
  }
  let result: CallSyncResult;
  const progress = bar();
  try {
    result = await syncCalls(ctx, { url, onProgress: progress.update });
  } finally {
    progress.finish();
    await releaseSync(ctx, url);
  }
  if (opts.json) out(JSON.stringify(result, null, 2));
  else if (result.outcome === 'done' && result.summary) out(`Downloaded ${result.url}: ${summaryLine(result.summary)}`);
  else (result.outcome === 'not-modified' ? out : err)(result.message);
  return result.outcome === 'failed' ? 1 : 0;
}

const brussels = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Brussels',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZoneName: 'short',
});
const inBrussels = (iso: string | null) => {
  if (!iso) return '–';
  const p = Object.fromEntries(brussels.formatToParts(new Date(iso)).map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute} ${p.timeZoneName}`;
};

/** `pontis calls list`: statuses judged now (or --at); JSON for scripts, a table in Brussels time for people. */
export async function listCallsFromCli(ctx: ServiceContext, opts: CallsListCliOptions): Promise<void> {
  const limit = opts.limit === undefined ? 100 : Number(opts.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 20_000) throw invalid([{ path: '--limit', rule: 'range', message: 'use a number from 1 to 20000' }]);
  const status = opts.open ? 'open' : opts.status;
  if (status !== undefined && !(callStatuses as readonly string[]).includes(status)) {
    throw invalid([{ path: '--status', rule: 'invalid_enum', message: `use one of ${callStatuses.join(', ')}` }]);
  }
  const now = opts.at ? new Date(opts.at) : new Date();
  if (Number.isNaN(now.getTime())) throw invalid([{ path: '--at', rule: 'date', message: 'use an ISO 8601 date or time' }]);
  const result = await listCalls(ctx, { status: status as CallSummary['status'] | undefined, programme: opts.programme, page: 1, pageSize: limit }, now);
  if (opts.json) {
    const rows = result.items.map((c) => ({
      identifier: c.identifier,
      title: c.title,
      programme: c.programme?.code ?? null,
      nextDeadline: c.nextDeadlineAt,
      status: c.status,
    }));
    out(JSON.stringify(rows, null, 2));
    return;
  }
  if (!result.items.length) {
    out('No calls match.');
    return;
  }
  const width = Math.min(40, Math.max(...result.items.map((c) => c.identifier.length)));
  out(`${'IDENTIFIER'.padEnd(width)}  ${'STATUS'.padEnd(11)}  ${'NEXT DEADLINE (BRUSSELS)'.padEnd(24)}  ${'PROGRAMME'.padEnd(10)}  TITLE`);
  for (const c of result.items) {
    const title = c.title.length > 70 ? `${c.title.slice(0, 69)}…` : c.title;
    out(
      `${c.identifier.padEnd(width)}  ${c.status.padEnd(11)}  ${inBrussels(c.nextDeadlineAt).padEnd(24)}  ${(c.programme?.code ?? '–').padEnd(10)}  ${title}`,
    );
  }
  out(`${result.items.length} of ${result.total} calls.`);
}
