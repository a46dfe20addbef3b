import { fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDataDirLock } from './data-dir-lock.ts';

// Several real processes race for one data directory, round after round, starting at the same
// moment: on an empty directory, on a lock left by a crashed process, and on an abandoned empty
// lock file (what the old write-after-create lock could leave behind). Every round must have
// exactly one winner, and the lock file must name it.
const CONTENDERS = 4;
const ROUNDS_PER_KIND = 80;
const kinds = ['fresh', 'stale', 'abandoned'] as const;
type Kind = (typeof kinds)[number];

interface Contender {
  child: ChildProcess;
  next(): Promise<Record<string, unknown>>;
}

function startContender(): Contender {
  const child = fork(path.join(import.meta.dirname, 'data-dir-lock-race-contender.ts'), [], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const inbox: Record<string, unknown>[] = [];
  const waiting: ((m: Record<string, unknown>) => void)[] = [];
  child.on('message', (m: Record<string, unknown>) => (waiting.length ? waiting.shift()!(m) : inbox.push(m)));
  return {
    child,
    next: () => (inbox.length ? Promise.resolve(inbox.shift()!) : new Promise((resolve) => waiting.push(resolve))),
  };
}

function prepare(dir: string, kind: Kind) {
  const lock = path.join(dir, 'pontis.lock');
  if (kind === 'stale') {
    // No process has this pid: it is above the largest pid_max Linux allows (2^22).
    fs.writeFileSync(lock, JSON.stringify({ pid: 2 ** 22 + 12345, host: os.hostname(), purpose: 'crashed', startedAt: '2020-01-01T00:00:00Z' }));
  } else if (kind === 'abandoned') {
    fs.writeFileSync(lock, '');
    const longAgo = new Date(Date.now() - 3_600_000);
    fs.utimesSync(lock, longAgo, longAgo);
  }
}

describe('data directory lock under a race of processes', () => {
  let contenders: Contender[] = [];
  let root: string;

  beforeAll(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'pontis-lock-race-'));
    contenders = Array.from({ length: CONTENDERS }, startContender);
    await Promise.all(contenders.map((c) => c.next()));
  }, 60_000);

  afterAll(() => {
    contenders.forEach((c) => c.child.connected && c.child.send({ exit: true }));
    fs.rmSync(root, { recursive: true, force: true });
  });

  it(`lets exactly one of ${CONTENDERS} processes win in each of ${ROUNDS_PER_KIND * kinds.length} rounds`, async () => {
    const faults: string[] = [];
    const played: Record<Kind, number> = { fresh: 0, stale: 0, abandoned: 0 };
    for (let round = 0; round < ROUNDS_PER_KIND * kinds.length; round++) {
      const kind = kinds[round % kinds.length];
      const dir = path.join(root, `round-${round}`);
      fs.mkdirSync(dir);
      prepare(dir, kind);
      const startAt = Date.now() + 25;
      contenders.forEach((c) => c.child.send({ round, dir, startAt }));
      const outcomes = await Promise.all(contenders.map((c) => c.next()));
      const winners = contenders.filter((_, i) => outcomes[i].outcome === 'won');
      const odd = outcomes.filter((o) => o.outcome !== 'won' && o.outcome !== 'refused');
      if (winners.length !== 1 || odd.length) faults.push(`${kind} round ${round}: ${outcomes.map((o) => o.outcome).join(', ')}`);
      else if (readDataDirLock(dir)?.pid !== winners[0].child.pid) faults.push(`${kind} round ${round}: lock names ${readDataDirLock(dir)?.pid}`);
      for (const winner of winners) {
        winner.child.send({ release: round });
        await winner.next();
      }
      // Neither the lock nor any temporary or claim file may be left behind.
      const left = fs.readdirSync(dir);
      if (winners.length === 1 && left.length) faults.push(`${kind} round ${round}: left ${left.join(', ')}`);
      played[kind]++;
    }
    expect(faults).toEqual([]);
    expect(played).toEqual({ fresh: ROUNDS_PER_KIND, stale: ROUNDS_PER_KIND, abandoned: ROUNDS_PER_KIND });
  }, 120_000);
});
