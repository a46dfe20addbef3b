import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.ts';
import type { Database, Db } from '../../db/database.ts';
import { systemActor } from '../../shared/actor.ts';
import type { ServiceContext } from '../../shared/context.ts';
import { createTestDatabase } from '../../testing/test-database.ts';
import type { DomainEvent, DomainEventSubscriber } from './domain-event.ts';
import { dropDomainEventsAbout, forgetAccountInDomainEvents } from './domain-event-erasure.ts';
import { domainEventOutbox } from './domain-events.table.ts';
import { domainEventSubscribers } from './event-subscribers.ts';
import { handlePendingDomainEvents, MAX_EVENT_ATTEMPTS, pruneHandledDomainEvents, retryDelaySeconds } from './handle-pending-events.ts';
import { deliverDomainEvents } from './record-domain-event.ts';

let database: Database;
const config = loadConfig({}, { dataDir: '/nonexistent' });
const ctxOf = (db: Db): ServiceContext => ({ db, actor: systemActor('outbox test'), config });
const event = (n: number, entityType = 'organisation'): DomainEvent => ({
  entityType,
  entityId: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  action: 'update',
  before: { name: `Before ${n}` },
  after: { name: `After ${n}`, at: new Date('2026-01-02T03:04:05Z') },
});

// A subscriber's effect that the test can see: a row in a scratch table of its own.
async function effects(db: Db): Promise<string[]> {
  const result = (await db.execute(sql`SELECT note FROM outbox_test_effects ORDER BY id`)) as unknown as { rows: { note: string }[] };
  return result.rows.map((row) => row.note);
}
const noting = (name: string, runs: DomainEventSubscriber['runs'], entityTypes: DomainEventSubscriber['entityTypes'] = 'all'): DomainEventSubscriber => ({
  name,
  runs,
  entityTypes,
  async handle(ctx, events) {
    for (const e of events) {
      await ctx.db.execute(
        sql`INSERT INTO outbox_test_effects (note) VALUES (${`${name}:${e.entityId.slice(-2)}:${JSON.stringify((e.after as { at?: unknown }).at)}`})`,
      );
    }
  },
});

beforeAll(async () => {
  database = await createTestDatabase();
  await database.db.execute(sql`CREATE TABLE outbox_test_effects (id serial PRIMARY KEY, note text NOT NULL)`);
});
afterAll(async () => database.close());
beforeEach(async () => {
  await database.db.delete(domainEventOutbox);
  await database.db.execute(sql`DELETE FROM outbox_test_effects`);
});

describe('recording a domain event', () => {
  it('runs in-transaction subscribers inside the writer transaction: a rollback undoes both', async () => {
    const subscribers = [noting('history', 'in-transaction'), noting('index', 'in-transaction', ['person'])];
    await database.db.transaction(async (tx) => deliverDomainEvents(ctxOf(tx as unknown as Db), [event(1)], subscribers));
    await expect(
      database.db.transaction(async (tx) => {
        await deliverDomainEvents(ctxOf(tx as unknown as Db), [event(2)], subscribers);
        throw new Error('the write failed');
      }),
    ).rejects.toThrow('the write failed');
    // The person-only subscriber ignored an organisation event; the rolled-back event left nothing.
    expect(await effects(database.db)).toEqual(['history:01:"2026-01-02T03:04:05.000Z"']);
    expect(await database.db.select().from(domainEventOutbox)).toEqual([]);
  });

  it('leaves one outbox row per after-commit subscriber, handled once with what JSON kept', async () => {
    const subscribers = [noting('webhook', 'after-commit'), noting('digest', 'after-commit', ['organisation']), noting('other', 'after-commit', ['call'])];
    await deliverDomainEvents(ctxOf(database.db), [event(3)], subscribers);
    const rows = await database.db.select().from(domainEventOutbox);
    expect(rows.map((row) => row.subscriber).sort()).toEqual(['digest', 'webhook']);
    expect(rows[0].actor).toEqual({ kind: 'system', label: 'outbox test' });

    expect(await handlePendingDomainEvents(database.db, config, subscribers)).toEqual({ claimed: 2, handled: 2, retrying: 0, failed: 0 });
    expect((await effects(database.db)).sort()).toEqual(['digest:03:"2026-01-02T03:04:05.000Z"', 'webhook:03:"2026-01-02T03:04:05.000Z"']);
    expect(await handlePendingDomainEvents(database.db, config, subscribers)).toEqual({ claimed: 0, handled: 0, retrying: 0, failed: 0 });
    expect((await database.db.select().from(domainEventOutbox)).every((row) => row.handledAt && row.attempts === 1)).toBe(true);
  });

  it('lets two workers drain one outbox at the same time without handling an event twice', async () => {
    const subscribers = [noting('webhook', 'after-commit')];
    for (let n = 10; n < 40; n++) await deliverDomainEvents(ctxOf(database.db), [event(n)], subscribers);
    const drain = async () => {
      let handled = 0;
      for (
        let r = await handlePendingDomainEvents(database.db, config, subscribers, { batchSize: 4 });
        r.claimed;
        r = await handlePendingDomainEvents(database.db, config, subscribers, { batchSize: 4 })
      )
        handled += r.handled;
      return handled;
    };
    const [first, second] = await Promise.all([drain(), drain()]);
    expect(first + second).toBe(30);
    const notes = await effects(database.db);
    expect(notes).toHaveLength(30);
    expect(new Set(notes).size).toBe(30);
  });

  it('retries a failing subscriber later, keeps its effect out, and gives up after the last attempt', async () => {
    let failing = true;
    const flaky: DomainEventSubscriber = {
      name: 'flaky',
      runs: 'after-commit',
      entityTypes: 'all',
      async handle(ctx, [e]) {
        await ctx.db.execute(sql`INSERT INTO outbox_test_effects (note) VALUES (${'half-done ' + e.entityId.slice(-2)})`);
        if (failing) throw new Error('receiver down');
      },
    };
    await deliverDomainEvents(ctxOf(database.db), [event(5)], [flaky]);
    expect(await handlePendingDomainEvents(database.db, config, [flaky])).toEqual({ claimed: 1, handled: 0, retrying: 1, failed: 0 });
    const [row] = await database.db.select().from(domainEventOutbox);
    expect(row.lastError).toBe('receiver down');
    expect(row.availableAt.getTime()).toBeGreaterThan(Date.now() + 20_000); // 30 s backoff
    expect(await effects(database.db)).toEqual([]); // the half-done write was rolled back
    expect(await handlePendingDomainEvents(database.db, config, [flaky])).toEqual({ claimed: 0, handled: 0, retrying: 0, failed: 0 }); // not yet due

    await database.db
      .update(domainEventOutbox)
      .set({ availableAt: sql`now()` })
      .where(eq(domainEventOutbox.id, row.id));
    failing = false;
    expect(await handlePendingDomainEvents(database.db, config, [flaky])).toEqual({ claimed: 1, handled: 1, retrying: 0, failed: 0 });
    expect(await effects(database.db)).toEqual(['half-done 05']);

    failing = true;
    await deliverDomainEvents(ctxOf(database.db), [event(6)], [flaky]);
    await database.db
      .update(domainEventOutbox)
      .set({ attempts: MAX_EVENT_ATTEMPTS - 1 })
      .where(eq(domainEventOutbox.entityId, event(6).entityId));
    expect(await handlePendingDomainEvents(database.db, config, [flaky])).toEqual({ claimed: 1, handled: 0, retrying: 0, failed: 1 });
    const [gaveUp] = await database.db
      .select()
      .from(domainEventOutbox)
      .where(eq(domainEventOutbox.entityId, event(6).entityId));
    expect(gaveUp.failedAt).not.toBeNull();
  });

  it('records why an event for a subscriber that no longer exists was not handled', async () => {
    await deliverDomainEvents(ctxOf(database.db), [event(7)], [noting('removed', 'after-commit')]);
    expect(await handlePendingDomainEvents(database.db, config, [])).toEqual({ claimed: 1, handled: 0, retrying: 1, failed: 0 });
    expect((await database.db.select().from(domainEventOutbox))[0].lastError).toBe('No subscriber is named "removed" any more.');
  });

  it('prunes rows handled a week ago and keeps the rest', async () => {
    const subscribers = [noting('webhook', 'after-commit')];
    await deliverDomainEvents(ctxOf(database.db), [event(8)], subscribers);
    await deliverDomainEvents(ctxOf(database.db), [event(9)], subscribers);
    await handlePendingDomainEvents(database.db, config, subscribers);
    await database.db
      .update(domainEventOutbox)
      .set({ handledAt: sql`now() - interval '8 days'` })
      .where(eq(domainEventOutbox.entityId, event(8).entityId));
    expect(await pruneHandledDomainEvents(database.db)).toBe(1);
    expect((await database.db.select().from(domainEventOutbox)).map((row) => row.entityId)).toEqual([event(9).entityId]);
  });
});

describe('erasure', () => {
  it('forgets an erased account as the author of events and drops events about an erased record', async () => {
    const subscribers = [noting('webhook', 'after-commit')];
    const user = {
      kind: 'user' as const,
      id: '11111111-1111-4111-8111-111111111111',
      email: 'ana@example.org',
      displayName: 'Ana Pop',
      role: 'member' as const,
      cityId: null,
      organisationId: null,
    };
    await deliverDomainEvents({ ...ctxOf(database.db), actor: user }, [event(21, 'person'), event(22)], subscribers);
    await deliverDomainEvents(ctxOf(database.db), [event(23)], subscribers);

    expect(await forgetAccountInDomainEvents(database.db, user.id)).toBe(2);
    expect(await dropDomainEventsAbout(database.db, 'person', event(21).entityId)).toBe(1);
    const rows = await database.db.select().from(domainEventOutbox);
    expect(rows.map((row) => row.entityId).sort()).toEqual([event(22).entityId, event(23).entityId]);
    expect(JSON.stringify(rows)).not.toContain('ana@example.org');
  });
});

describe('the subscribers of the features', () => {
  it('are found by file name, with unique names', async () => {
    const names = (await domainEventSubscribers()).map((subscriber) => subscriber.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('wait longer after each failure, at most an hour', () => {
    expect([1, 2, 3, 4, 8, 20].map(retryDelaySeconds)).toEqual([30, 60, 120, 240, 3600, 3600]);
  });
});
