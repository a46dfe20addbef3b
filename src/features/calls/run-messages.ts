/**
 * What an import or sync run says about itself, as a stable code with parameters (the web words
 * it in the reader's language: calls.data.messages.<code without "calls.">) and as an English
 * sentence for API clients, the CLI and the logs. Parameters are plain strings and numbers; a
 * `reason` is a technical code such as ENOTFOUND or "timeout", never English prose where avoidable.
 */
export type RunMessageCode =
  | 'calls.source-unreachable'
  | 'calls.not-modified'
  | 'calls.portal-error'
  | 'calls.download-failed'
  | 'calls.imported'
  | 'calls.records-skipped'
  | 'calls.rolled-back'
  | 'calls.interrupted';

export type RunMessageParams = Record<string, string | number>;

export interface RunMessage {
  code: RunMessageCode;
  params: RunMessageParams;
  /** English, for API clients and logs. */
  message: string;
}

const make = (code: RunMessageCode, params: RunMessageParams, message: string): RunMessage => ({ code, params, message });

export const runMessage = {
  sourceUnreachable: (host: string, reason: string, kept: number) =>
    make('calls.source-unreachable', { host, reason, kept }, `Could not reach ${host} (${reason}); the ${kept} calls already imported are kept.`),
  notModified: () => make('calls.not-modified', {}, 'The portal file has not changed since the last download.'),
  portalError: (status: number, statusText: string) =>
    make('calls.portal-error', { status, statusText }, `The portal answered ${status} ${statusText}; the calls already imported are kept.`),
  downloadFailed: (reason: string) =>
    make('calls.download-failed', { reason }, `The download or import failed (${reason}); the calls already imported are kept.`),
  imported: (s: { records: number; added: number; changed: number; closed: number }) =>
    make(
      'calls.imported',
      { records: s.records, added: s.added, changed: s.changed, closed: s.closed },
      `Imported ${s.records} records: ${s.added} added, ${s.changed} changed, ${s.closed} closed.`,
    ),
  /** The reasons name portal records and fields; they stay in the English message, shown as details. */
  recordsSkipped: (skipped: number, reasons: readonly string[]) => make('calls.records-skipped', { skipped }, `Skipped: ${reasons.slice(0, 5).join('; ')}`),
  rolledBack: (reason: string) => make('calls.rolled-back', { reason: reason.slice(0, 500) }, `Rolled back, no call was changed: ${reason}`.slice(0, 1000)),
  interrupted: () => make('calls.interrupted', {}, 'Interrupted: the process carrying out this run stopped; the calls imported before it are kept.'),
};

/** The columns of call_imports that hold a message. */
export const runMessageColumns = (m: RunMessage) => ({ message: m.message, messageCode: m.code, messageParams: m.params });
