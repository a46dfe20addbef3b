import { describe, expect, it } from 'vitest';
import { callsSyncReporter } from './calls-sync-log.ts';
import type { CallSyncResult } from './sync-calls.ts';

const result = (outcome: CallSyncResult['outcome'], message: string): CallSyncResult => ({
  outcome,
  message,
  url: 'https://portal.example/file.json',
  importId: 'x',
  summary: null,
});
const offline = result('offline', 'Could not reach portal.example (ENOTFOUND); the 11 calls already imported are kept.');

function recordingLogger() {
  const lines: [string, string][] = [];
  return { lines, debug: (m: string) => lines.push(['debug', m]), info: (m: string) => lines.push(['info', m]), warn: (m: string) => lines.push(['warn', m]) };
}

describe('callsSyncReporter', () => {
  it('says being offline once, at info, in one line; later retries only at debug', () => {
    const logger = recordingLogger();
    const report = callsSyncReporter(logger);
    report(offline);
    report(offline);
    report(offline);
    expect(logger.lines.map(([level]) => level)).toEqual(['info', 'debug', 'debug']);
    expect(logger.lines[0][1]).toBe(
      'EU calls sync: Could not reach portal.example (ENOTFOUND); the 11 calls already imported are kept. Working offline; the sync is retried in the background.',
    );
    expect(logger.lines[0][1]).not.toMatch(/\n/);
  });

  it('says it again when the portal is lost after it had answered', () => {
    const logger = recordingLogger();
    const report = callsSyncReporter(logger);
    report(offline);
    report(result('not-modified', 'The portal file has not changed since the last download.'));
    report(offline);
    expect(logger.lines.map(([level]) => level)).toEqual(['info', 'info', 'info']);
  });

  it('warns about a failed download or import every time', () => {
    const logger = recordingLogger();
    const report = callsSyncReporter(logger);
    const failed = result('failed', 'The portal answered 500 Internal Server Error; the calls already imported are kept.');
    report(failed);
    report(failed);
    expect(logger.lines).toEqual([
      ['warn', `EU calls sync: ${failed.message}`],
      ['warn', `EU calls sync: ${failed.message}`],
    ]);
  });
});
