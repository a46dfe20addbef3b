import { asc, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { callStatusAt, nextDeadlineAt } from './call-status.ts';
import { callStatusSql, nextDeadlineSql } from './call-status-sql.ts';
import { fundingCalls, type CallStatus } from './calls.table.ts';

let t: TestApp;

const d = (s: string) => new Date(s);
// Every branch of the rule: deadlines past, ahead, on the instant; opening before, after, none; portal status of each kind.
const openings = [null, d('2026-01-01T00:00:00Z'), d('2026-06-01T12:00:00Z'), d('2026-12-01T00:00:00Z')];
const deadlineSets = [
  [],
  [d('2025-09-18T15:00:00Z')],
  [d('2026-03-01T16:00:00Z'), d('2026-09-16T15:00:00Z')],
  [d('2026-06-01T12:00:00Z')],
  [d('2027-02-01T16:00:00Z')],
];
const portal: (CallStatus | null)[] = [null, 'forthcoming', 'open', 'closed'];
const moments = [d('2025-01-01T00:00:00Z'), d('2026-06-01T12:00:00Z'), d('2026-06-01T12:00:00.001Z'), d('2026-10-01T00:00:00Z'), d('2028-01-01T00:00:00Z')];

beforeAll(async () => {
  t = await createTestApp();
  const rows: (typeof fundingCalls.$inferInsert)[] = [];
  let n = 0;
  for (const openingAt of openings)
    for (const deadlineAts of deadlineSets)
      for (const portalStatus of portal) {
        n++;
        rows.push({
          identifier: `CASE-${n}`,
          kind: 'grant',
          title: `case ${n}`,
          openingAt,
          deadlineAts,
          lastDeadlineAt: deadlineAts.at(-1) ?? null,
          portalStatus,
          source: 'demo',
          contentHash: String(n),
        });
      }
  await t.database.db.insert(fundingCalls).values(rows);
});

describe('callStatusSql', () => {
  it('agrees with callStatusAt and nextDeadlineAt for every case and moment', async () => {
    const rows = await t.database.db.select().from(fundingCalls).orderBy(asc(fundingCalls.identifier));
    expect(rows).toHaveLength(openings.length * deadlineSets.length * portal.length);
    const disagreements: string[] = [];
    for (const now of moments) {
      const inSql = await t.database.db
        .select({ identifier: fundingCalls.identifier, status: callStatusSql(now), next: nextDeadlineSql(now) })
        .from(fundingCalls);
      const bySql = new Map(inSql.map((r) => [r.identifier, r]));
      for (const row of rows) {
        const expected = callStatusAt({ openingAt: row.openingAt, deadlineAts: row.deadlineAts, portalStatus: row.portalStatus }, now);
        const expectedNext = nextDeadlineAt(row.deadlineAts, now);
        const got = bySql.get(row.identifier)!;
        const gotNext = got.next === null ? null : new Date(got.next as unknown as string).toISOString();
        if (got.status !== expected || gotNext !== (expectedNext?.toISOString() ?? null)) {
          disagreements.push(`${row.identifier} at ${now.toISOString()}: sql ${got.status}/${gotNext}, ts ${expected}/${expectedNext?.toISOString()}`);
        }
      }
    }
    expect(disagreements).toEqual([]);
  });

  it('filters in SQL the same way', async () => {
    const now = d('2026-06-01T12:00:00Z');
    const open = await t.database.db
      .select({ id: fundingCalls.identifier })
      .from(fundingCalls)
      .where(eq(callStatusSql(now), 'open'));
    const rows = await t.database.db.select().from(fundingCalls);
    const expected = rows.filter((r) => callStatusAt({ openingAt: r.openingAt, deadlineAts: r.deadlineAts, portalStatus: r.portalStatus }, now) === 'open');
    expect(open.map((r) => r.id).sort()).toEqual(expected.map((r) => r.identifier).sort());
    const [{ n }] = await t.database.db
      .select({ n: sql<number>`count(*)::int` })
      .from(fundingCalls)
      .where(sql`${callStatusSql(now)} = 'closed'`);
    expect(n).toBeGreaterThan(0);
  });
});
