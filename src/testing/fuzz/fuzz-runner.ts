import fc from 'fast-check';
import { changedTables, nextTransactionId, takeFingerprint, type Fingerprint } from './db-fingerprint.ts';
import type { FuzzWorld } from './fuzz-world.ts';
import type { Operation } from './openapi-operations.ts';
import { describeRequest, requestArbitrary, type FuzzRequest } from './request-arbitraries.ts';
import type { TestClient } from '../test-client.ts';

/**
 * Runs fast-check properties over the operations of a fuzz world, one property per operation:
 * no response is a 5xx, and a refused request (4xx) leaves every table as it was. Failures are
 * collected, not thrown, so that one run reports every operation that fails, each with its
 * shrunk counterexample and the seed to replay it.
 */

/**
 * The same requests on every run by default, so that CI fails only when the code changes;
 * PONTIS_FUZZ_SEED=<n> replays another run, PONTIS_FUZZ_SEED=random explores (the seed is
 * printed either way), and PONTIS_FUZZ_RUNS scales the number of requests per operation.
 */
const seedSetting = process.env.PONTIS_FUZZ_SEED ?? '10';
export const fuzzSeed = seedSetting === 'random' ? Date.now() % 2 ** 31 : Number(seedSetting);
export const fuzzRunsScale = Number(process.env.PONTIS_FUZZ_RUNS ?? 1);

export interface FuzzStats {
  operations: string[];
  requests: number;
  statuses: Map<number, number>;
  failures: string[];
}

export const newStats = (): FuzzStats => ({ operations: [], requests: 0, statuses: new Map(), failures: [] });

export function summary(label: string, stats: FuzzStats): string {
  const statuses = [...stats.statuses]
    .sort(([a], [b]) => a - b)
    .map(([s, n]) => `${s}×${n}`)
    .join(' ');
  const fiveHundreds = [...stats.statuses].filter(([s]) => s >= 500).reduce((n, [, c]) => n + c, 0);
  return `fuzz ${label}: ${stats.operations.length} operations, ${stats.requests} requests, 5xx=${fiveHundreds}, statuses ${statuses}, seed ${fuzzSeed}`;
}

/** Routes about one's own account or session: run on a throwaway administrator, signed in again when lost. */
const ACCOUNT_ROUTES = /^(POST|PUT|DELETE|PATCH) \/api\/(auth|me|users|invitations\/accept)\b/;

/**
 * Writes a refusal may make by design. The calls import log records every run, failed ones too
 * ("rolled back, no call was changed"), so that an operator sees the attempt.
 */
const REFUSALS_MAY_WRITE: Record<string, string[]> = {
  'POST /api/calls/import': ['call_imports'],
  'POST /api/calls/sync': ['call_imports'],
};

async function send(client: TestClient, req: FuzzRequest) {
  return client.request(req.method, req.url, req.payload, req.headers);
}

export class FuzzRunner {
  /** The data as it was before the next request, and the transaction counter then. */
  private baseline: { fingerprint: Fingerprint; xid: string } | null = null;
  private accountClient: (TestClient & { userId: string }) | null = null;

  constructor(
    private readonly world: FuzzWorld,
    readonly stats: FuzzStats = newStats(),
  ) {}

  private async snapshot() {
    const db = this.world.t.database.db;
    const xid = await nextTransactionId(db);
    return { fingerprint: await takeFingerprint(db, this.world.fingerprintSql), xid };
  }

  private async clientFor(op: Operation): Promise<TestClient> {
    if (!ACCOUNT_ROUTES.test(op.id)) return this.world.admin;
    const me = this.accountClient && (await this.accountClient.get('/api/me'));
    if (!me || me.status !== 200 || me.body?.role !== 'admin') {
      this.accountClient = await this.world.t.signedIn({ role: 'admin' });
      // The new account is a record the next requests may point at; the fingerprint moves on.
      await this.world.refreshPool();
      this.baseline = null;
    }
    return this.accountClient!;
  }

  /** One request, checked: a thrown error is a failed property run. */
  private async check(op: Operation, req: FuzzRequest) {
    const client = await this.clientFor(op);
    const before = (this.baseline ??= await this.snapshot());
    const res = await send(client, req);
    this.stats.requests++;
    this.stats.statuses.set(res.status, (this.stats.statuses.get(res.status) ?? 0) + 1);
    if (res.status >= 500) {
      this.baseline = null;
      throw new Error(`${res.status} ${res.text.slice(0, 300)}`);
    }
    if ((await nextTransactionId(this.world.t.database.db)) === before.xid) return;
    // Something wrote: a refusal must have left every row as it was; an accepted write may change
    // anything, and its new records join the pool the next requests draw from.
    this.baseline = await this.snapshot();
    if (res.status >= 400) {
      const allowed = REFUSALS_MAY_WRITE[op.id] ?? [];
      const changed = changedTables(before.fingerprint, this.baseline.fingerprint).filter((t) => !allowed.includes(t));
      if (changed.length) throw new Error(`refused with ${res.status} (${res.text.slice(0, 200)}) but changed ${changed.join(', ')}`);
    } else if (req.method !== 'GET') await this.world.refreshPool();
  }

  async fuzz(op: Operation, numRuns: number) {
    this.stats.operations.push(op.id);
    const runs = Math.max(1, Math.round(numRuns * fuzzRunsScale));
    const details = await fc.check(
      fc.asyncProperty(requestArbitrary(op, this.world.schema), (req) => this.check(op, req)),
      { numRuns: runs, seed: fuzzSeed, path: undefined },
    );
    if (details.failed) {
      const example = details.counterexample?.[0];
      const error = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
      this.stats.failures.push(
        `${op.id}: ${error}\n    minimal request: ${example ? describeRequest(example) : '(none)'}\n    replay: PONTIS_FUZZ_SEED=${fuzzSeed} (path ${details.counterexamplePath})`,
      );
    }
    // The administrator must still be signed in, or every later request would only test the 401.
    const me = await this.world.admin.get('/api/me');
    if (me.status !== 200) throw new Error(`the fuzz administrator lost its session after ${op.id}: ${me.status}`);
  }
}
