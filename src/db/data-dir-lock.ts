import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * PGlite does not lock its data directory and two processes writing to it corrupt it, so
 * Pontis holds a lock file there for as long as a process has the embedded database open.
 */
export class DataDirLockedError extends Error {
  readonly code = 'data_dir_locked';
}

interface LockInfo {
  pid: number;
  host: string;
  purpose: string;
  startedAt: string;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function readDataDirLock(dataDir: string): LockInfo | undefined {
  try {
    return JSON.parse(fs.readFileSync(path.join(dataDir, 'pontis.lock'), 'utf8')) as LockInfo;
  } catch {
    return undefined;
  }
}

export function acquireDataDirLock(dataDir: string, purpose: string): () => void {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, 'pontis.lock');
  const mine: LockInfo = { pid: process.pid, host: os.hostname(), purpose, startedAt: new Date().toISOString() };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(file, JSON.stringify(mine), { flag: 'wx' });
      const release = () => {
        try {
          const current = readDataDirLock(dataDir);
          if (current?.pid === mine.pid && current.startedAt === mine.startedAt) fs.unlinkSync(file);
        } catch {
          /* already gone */
        }
        process.off('exit', release);
      };
      process.on('exit', release);
      return release;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const holder = readDataDirLock(dataDir);
      const stale = holder && holder.host === os.hostname() && !isAlive(holder.pid);
      if (stale || !holder) {
        fs.rmSync(file, { force: true });
        continue;
      }
      throw new DataDirLockedError(
        `The data directory ${dataDir} is in use by another Pontis process ` +
          `(pid ${holder.pid} on ${holder.host}, "${holder.purpose}", since ${holder.startedAt}).\n` +
          'The embedded database can only be opened by one process at a time. Stop that process first, ' +
          'or run Pontis on a PostgreSQL server (DATABASE_URL) to run several processes side by side.',
      );
    }
  }
  throw new DataDirLockedError(`Could not take the lock on ${dataDir}.`);
}
