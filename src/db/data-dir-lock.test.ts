import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { acquireDataDirLock, DataDirLockedError, readDataDirLock } from './data-dir-lock.ts';

const dirs: string[] = [];
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pontis-lock-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

describe('data directory lock', () => {
  it('refuses a second holder with a message naming the first', () => {
    const dir = tempDir();
    const release = acquireDataDirLock(dir, 'pontis serve');
    expect(() => acquireDataDirLock(dir, 'pontis import')).toThrow(DataDirLockedError);
    expect(() => acquireDataDirLock(dir, 'pontis import')).toThrow(/in use by another Pontis process \(pid \d+ .*"pontis serve"/);
    release();
    expect(readDataDirLock(dir)).toBeUndefined();
    acquireDataDirLock(dir, 'pontis import')();
  });

  it('takes over the lock of a process that no longer exists', () => {
    const dir = tempDir();
    fs.writeFileSync(
      path.join(dir, 'pontis.lock'),
      JSON.stringify({ pid: 2 ** 22 + 12345, host: os.hostname(), purpose: 'crashed', startedAt: '2020-01-01T00:00:00Z' }),
    );
    const release = acquireDataDirLock(dir, 'pontis serve');
    expect(readDataDirLock(dir)?.pid).toBe(process.pid);
    release();
  });

  it('takes over an abandoned unreadable lock file, but not one written moments ago', () => {
    const dir = tempDir();
    const lock = path.join(dir, 'pontis.lock');
    fs.writeFileSync(lock, '');
    expect(() => acquireDataDirLock(dir, 'pontis serve')).toThrow(/cannot be read and was written moments ago/);
    const longAgo = new Date(Date.now() - 3_600_000);
    fs.utimesSync(lock, longAgo, longAgo);
    const release = acquireDataDirLock(dir, 'pontis serve');
    expect(readDataDirLock(dir)?.pid).toBe(process.pid);
    release();
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('finishes the takeover of a process that died while taking over a stale lock', () => {
    const dir = tempDir();
    const lock = path.join(dir, 'pontis.lock');
    const dead = { pid: 2 ** 22 + 12345, host: os.hostname(), purpose: 'crashed', startedAt: '2020-01-01T00:00:00Z' };
    fs.writeFileSync(lock, JSON.stringify(dead));
    // The claim file a contender takes before replacing the stale lock (named after the stale
    // file's inode, time and content, as in data-dir-lock.ts); here the claimer is dead too.
    const stat = fs.statSync(lock);
    const hash = crypto.createHash('sha256').update(JSON.stringify(dead)).digest('hex').slice(0, 16);
    const claim = `${lock}.takeover-${stat.ino.toString(36)}-${Math.floor(stat.mtimeMs).toString(36)}-${hash}`;
    fs.writeFileSync(claim, JSON.stringify({ ...dead, pid: 2 ** 22 + 54321, purpose: 'crashed claimer' }));
    const release = acquireDataDirLock(dir, 'pontis serve');
    expect(readDataDirLock(dir)?.purpose).toBe('pontis serve');
    release();
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('release leaves alone a lock that is no longer its own', () => {
    const dir = tempDir();
    const release = acquireDataDirLock(dir, 'pontis serve');
    const other = JSON.stringify({ pid: 1, host: 'other-host', purpose: 'pontis serve', startedAt: '2020-01-01T00:00:00Z' });
    fs.writeFileSync(path.join(dir, 'pontis.lock'), other);
    release();
    expect(fs.readFileSync(path.join(dir, 'pontis.lock'), 'utf8')).toBe(other);
  });

  it('does not take over a lock held from another host', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'pontis.lock'), JSON.stringify({ pid: 1, host: 'other-host', purpose: 'pontis serve', startedAt: '2020-01-01T00:00:00Z' }));
    expect(() => acquireDataDirLock(dir, 'pontis serve')).toThrow(/other-host/);
  });
});
