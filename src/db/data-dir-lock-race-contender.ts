import { acquireDataDirLock, DataDirLockedError } from './data-dir-lock.ts';

/**
 * One contender of data-dir-lock-race.test.ts, run as a real process (the lock is about
 * processes, so threads or fakes would not prove anything). It waits for each round's start
 * moment, tries to take the lock, reports the outcome and, if it won, holds the lock until the
 * parent has heard from every contender.
 */
type Command = { round: number; dir: string; startAt: number } | { release: number } | { exit: true };

let release: (() => void) | undefined;

process.on('message', (command: Command) => {
  if ('exit' in command) process.exit(0);
  if ('release' in command) {
    release?.();
    release = undefined;
    process.send!({ released: command.release });
    return;
  }
  // Busy-wait rather than sleep: a timer would wake the contenders milliseconds apart, and the
  // point is to make them collide.
  while (Date.now() < command.startAt) {
    /* spin */
  }
  try {
    release = acquireDataDirLock(command.dir, `contender ${process.pid}`);
    process.send!({ round: command.round, outcome: 'won' });
  } catch (err) {
    const outcome = err instanceof DataDirLockedError ? 'refused' : `error: ${(err as Error).stack}`;
    process.send!({ round: command.round, outcome });
  }
});
process.send!({ ready: true });
