import type { CallSyncResult } from './sync-calls.ts';

export interface CallsSyncLogger {
  debug(msg: string): void;
  info(msg: string): void;
  warn(msg: string): void;
}

/**
 * Reports the background syncs' results. A machine without network (a laptop on a train, an
 * offline demo) is told so once, in one line at info, not warned at every retry; after the
 * portal has answered again, losing it is said again.
 */
export function callsSyncReporter(logger: CallsSyncLogger) {
  let offlineSaid = false;
  return (result: CallSyncResult) => {
    const line = `EU calls sync: ${result.message}`;
    if (result.outcome === 'offline') {
      if (offlineSaid) logger.debug(line);
      else logger.info(`${line} Working offline; the sync is retried in the background.`);
      offlineSaid = true;
      return;
    }
    if (result.outcome === 'failed') return logger.warn(line);
    offlineSaid = false;
    logger.info(line);
  };
}
