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
    fs.writeFileSync(path.join(dir, 'pontis.lock'), JSON.stringify({ pid: 2 ** 22 + 12345, host: os.hostname(), purpose: 'crashed', startedAt: '2020-01-01T00:00:00Z' }));
    const release = acquireDataDirLock(dir, 'pontis serve');
    expect(readDataDirLock(dir)?.pid).toBe(process.pid);
    release();
  });

  it('does not take over a lock held from another host', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'pontis.lock'), JSON.stringify({ pid: 1, host: 'other-host', purpose: 'pontis serve', startedAt: '2020-01-01T00:00:00Z' }));
    expect(() => acquireDataDirLock(dir, 'pontis serve')).toThrow(/other-host/);
  });
});
