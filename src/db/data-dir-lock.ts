import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isProcessAlive } from '../shared/process-alive.ts';

/**
 * PGlite does not lock its data directory and two processes writing to it corrupt it, so
 * Pontis holds a lock file there for as long as a process has the embedded database open.
 *
 * Why it is safe against processes racing for it (data-dir-lock-race.test.ts plays the races):
 *
 * - Taking a free lock: the full lock record is written to a temporary file of our own, then
 *   hard-linked to `pontis.lock`. link() creates the name only if it does not exist, atomically,
 *   so exactly one contender succeeds, and nobody can ever read a lock file without its record
 *   (the old create-then-write lock could be read empty and deleted by a second process).
 *
 * - Taking over a dead holder's lock (its pid is gone on this host, or the file is unreadable and
 *   old): deleting it and retrying would let a slow contender delete the lock a faster one had
 *   just taken. Instead, contenders first take a claim file whose name is derived from the
 *   identity of the stale lock they saw (inode, time, content hash), with the same link-based
 *   step, so at most one process holds the claim at any moment. The claim holder then checks the
 *   lock is still that very stale file and replaces it with rename(), which swaps the name
 *   atomically. Between that check and the rename nobody else can change the lock: creating it
 *   needs it absent, replacing it needs the claim, which we hold, and releasing it is done only
 *   by its holder, who is dead. The claim is removed afterwards; a contender who takes it later
 *   finds the lock is no longer the stale file (its identity includes a random token), lets go of
 *   the claim and starts again. A claim whose holder died midway is itself taken over the same
 *   way (a claim of the claim), to a bounded depth.
 *
 * - Releasing: the lock is removed only if it still holds our token. Nobody can replace it
 *   between that check and the unlink, because a lock is only taken over from a dead process.
 *
 * - A lock held from another host is never taken over: its pid means nothing here.
 */
export class DataDirLockedError extends Error {
  readonly code = 'data_dir_locked';
}

interface LockInfo {
  pid: number;
  host: string;
  purpose: string;
  startedAt: string;
  /** Makes every lock record unique, so a replaced lock is never mistaken for the one seen before. */
  token?: string;
}

const LOCK_FILE = 'pontis.lock';
/** An unreadable lock file younger than this may still be being written by an older Pontis. */
const ABANDONED_AFTER_MS = 10_000;
/** How long to wait for another process that is midway through taking over a stale lock. */
const TAKEOVER_WAIT_MS = 5_000;
const MAX_CLAIM_DEPTH = 4;

function parseLockInfo(text: string): LockInfo | undefined {
  try {
    const info = JSON.parse(text) as Partial<LockInfo> | null;
    return info && typeof info.pid === 'number' && typeof info.host === 'string' ? (info as LockInfo) : undefined;
  } catch {
    return undefined;
  }
}

export function readDataDirLock(dataDir: string): LockInfo | undefined {
  try {
    return parseLockInfo(fs.readFileSync(path.join(dataDir, LOCK_FILE), 'utf8'));
  } catch {
    return undefined;
  }
}

interface Observed {
  /** Identity of this very file: a later file under the same name never has the same one. */
  id: string;
  info?: LockInfo;
  ageMs: number;
}

/** Reads a lock or claim file through one descriptor, so its identity and content agree. */
function observe(file: string): Observed | undefined {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
  try {
    const stat = fs.fstatSync(fd);
    const text = fs.readFileSync(fd, 'utf8');
    const hash = crypto.createHash('sha256').update(text).digest('hex').slice(0, 16);
    return { id: `${stat.ino.toString(36)}-${Math.floor(stat.mtimeMs).toString(36)}-${hash}`, info: parseLockInfo(text), ageMs: Date.now() - stat.mtimeMs };
  } finally {
    fs.closeSync(fd);
  }
}

function isStale(seen: Observed): boolean {
  if (!seen.info) return seen.ageMs > ABANDONED_AFTER_MS;
  return seen.info.host === os.hostname() && !isProcessAlive(seen.info.pid);
}

/** Writes `content` to a temporary file of this process beside `target` and hands its path to `use`. */
function withTempFile<T>(target: string, content: string, use: (tmp: string) => T): T {
  const tmp = `${target}.tmp-${process.pid}-${crypto.randomBytes(6).toString('hex')}`;
  fs.writeFileSync(tmp, content, { flag: 'wx' });
  try {
    return use(tmp);
  } finally {
    fs.rmSync(tmp, { force: true });
  }
}

type Attempt = { kind: 'ours' } | { kind: 'held'; by: Observed } | { kind: 'busy'; by: Observed };

/**
 * One attempt to make `target` hold `content`. 'held': a live process (or one on another host,
 * or a file too young to judge) holds it. 'busy': it is stale, but another live process is
 * taking it over right now; the caller waits and looks again.
 */
function install(target: string, content: string, depth: number): Attempt {
  for (;;) {
    const linked = withTempFile(target, content, (tmp) => {
      try {
        fs.linkSync(tmp, target);
        return true;
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
        throw err;
      }
    });
    if (linked) return { kind: 'ours' };
    const seen = observe(target);
    if (!seen) continue; // released between our link and our look: try again
    if (!isStale(seen) || depth >= MAX_CLAIM_DEPTH) return { kind: 'held', by: seen };
    const claim = `${target}.takeover-${seen.id}`;
    const claimed = install(claim, content, depth + 1);
    if (claimed.kind !== 'ours') return { kind: 'busy', by: claimed.by };
    try {
      if (observe(target)?.id === seen.id) {
        withTempFile(target, content, (tmp) => fs.renameSync(tmp, target));
        return { kind: 'ours' };
      }
    } finally {
      fs.rmSync(claim, { force: true });
    }
    // Someone else replaced or released the stale file after we saw it: look again.
  }
}

function sleepSync(ms: number) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function lockedError(dataDir: string, holder: LockInfo | undefined): DataDirLockedError {
  if (!holder) {
    return new DataDirLockedError(
      `The data directory ${dataDir} has a lock file (${LOCK_FILE}) that cannot be read and was written moments ago.\n` +
        'If no other Pontis process is running, try again in a few seconds.',
    );
  }
  return new DataDirLockedError(
    `The data directory ${dataDir} is in use by another Pontis process ` +
      `(pid ${holder.pid} on ${holder.host}, "${holder.purpose}", since ${holder.startedAt}).\n` +
      'The embedded database can only be opened by one process at a time. Stop that process first, ' +
      'or run Pontis on a PostgreSQL server (DATABASE_URL) to run several processes side by side.',
  );
}

export function acquireDataDirLock(dataDir: string, purpose: string): () => void {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, LOCK_FILE);
  const mine: LockInfo = { pid: process.pid, host: os.hostname(), purpose, startedAt: new Date().toISOString(), token: crypto.randomBytes(12).toString('hex') };
  const content = JSON.stringify(mine);
  const giveUpAt = Date.now() + TAKEOVER_WAIT_MS;
  for (;;) {
    const attempt = install(file, content, 0);
    if (attempt.kind === 'held' || (attempt.kind === 'busy' && Date.now() > giveUpAt)) throw lockedError(dataDir, attempt.by.info);
    if (attempt.kind === 'ours') break;
    sleepSync(10 + Math.random() * 20);
  }
  const release = () => {
    try {
      if (readDataDirLock(dataDir)?.token === mine.token) fs.unlinkSync(file);
    } catch {
      /* already gone */
    }
    process.off('exit', release);
  };
  process.on('exit', release);
  return release;
}
