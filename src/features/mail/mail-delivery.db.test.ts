import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Database } from '../../db/database.ts';
import { createTestDatabase } from '../../testing/test-database.ts';
import { startTestSmtpServer, type TestSmtpServer } from '../../testing/test-smtp-server.ts';
import { createMailTransport, deliverPendingMail, MAX_ATTEMPTS, startMailWorker } from './mail-delivery.ts';
import { enqueueMail } from './mail-outbox.ts';
import { invitationMail } from './mail-templates.ts';
import { mailOutbox } from './mail.table.ts';

let database: Database;
let smtp: TestSmtpServer;
let smtpUrl: string;
const mailConfig = () => ({ smtpUrl, mailFrom: 'Pontis <no-reply@pontis.test>' });

beforeAll(async () => {
  database = await createTestDatabase();
  smtp = await startTestSmtpServer();
  smtpUrl = smtp.url;
});

afterAll(async () => {
  await smtp.close();
  await database.close();
});

beforeEach(async () => {
  smtp.received.length = 0;
  await database.db.delete(mailOutbox);
});

const statusOf = async (id: string) => (await database.db.select().from(mailOutbox).where(eq(mailOutbox.id, id)))[0];

describe('mail outbox', () => {
  it('holds mail when no SMTP server is configured, queues it when one is', async () => {
    const held = await enqueueMail(database.db, { smtpUrl: undefined }, { to: 'a@example.org', subject: 'S', text: 'T', purpose: 'test' });
    const pending = await enqueueMail(database.db, { smtpUrl }, { to: 'b@example.org', subject: 'S', text: 'T', purpose: 'test' });
    expect(held.status).toBe('held');
    expect(pending.status).toBe('pending');
    const result = await deliverPendingMail(database.db, createMailTransport(mailConfig()), { batchSize: 10 });
    expect(result.claimed).toBe(1);
    expect((await statusOf(held.id)).status).toBe('held');
    expect(smtp.received.map((m) => m.to)).toEqual([['b@example.org']]);
  });

  it('delivers to a real SMTP server, with subject, link and Romanian letters intact', async () => {
    const link = 'http://localhost:3000/invitations/accept?token=AbC_dEf-0123456789abcdefghijklmnopqrstuvwxyz01234';
    const en = invitationMail('en', { link, inviterName: 'Ana Pop', role: 'member', cityName: 'Dortmund', organisationName: null });
    const ro = invitationMail('ro', { link, inviterName: 'Ana Pop', role: 'coordinator', cityName: 'Cluj-Napoca', organisationName: null });
    const a = await enqueueMail(database.db, { smtpUrl }, { to: 'en@example.org', ...en, purpose: 'invitation' });
    await enqueueMail(database.db, { smtpUrl }, { to: 'ro@example.org', ...ro, purpose: 'invitation' });

    const result = await deliverPendingMail(database.db, createMailTransport(mailConfig()), { batchSize: 10 });

    expect(result).toEqual({ claimed: 2, sent: 2, retrying: 0, failed: 0 });
    const byTo = Object.fromEntries(smtp.received.map((m) => [m.to[0], m]));
    expect(byTo['en@example.org'].subject).toBe('Your invitation to Pontis');
    expect(byTo['en@example.org'].body).toContain(link);
    expect(byTo['ro@example.org'].subject).toBe('Invitația dumneavoastră la Pontis');
    expect(byTo['ro@example.org'].body).toContain('deschideți acest link');
    expect(byTo['ro@example.org'].body).toContain(link);
    const row = await statusOf(a.id);
    expect(row.status).toBe('sent');
    expect(row.sentAt).not.toBeNull();
    expect(row.attempts).toBe(1);
  });

  it('delivers each mail exactly once when two workers run at the same time', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 12; i++) {
      ids.push((await enqueueMail(database.db, { smtpUrl }, { to: `r${i}@example.org`, subject: `Mail ${i}`, text: `Body ${i}`, purpose: 'test' })).id);
    }
    const drain = async () => {
      const transport = createMailTransport(mailConfig());
      let claimed = 0;
      for (
        let r = await deliverPendingMail(database.db, transport, { batchSize: 3 });
        r.claimed;
        r = await deliverPendingMail(database.db, transport, { batchSize: 3 })
      ) {
        claimed += r.claimed;
      }
      return claimed;
    };

    const [first, second] = await Promise.all([drain(), drain()]);

    expect(first + second).toBe(12);
    expect(smtp.received.map((m) => m.subject).sort()).toEqual(ids.map((_, i) => `Mail ${i}`).sort());
    const rows = await database.db.select().from(mailOutbox);
    expect(rows.every((r) => r.status === 'sent' && r.attempts === 1)).toBe(true);
  });

  it('retries a refused mail and gives up after five attempts', async () => {
    const mail = await enqueueMail(database.db, { smtpUrl }, { to: 'bounce@example.org', subject: 'S', text: 'T', purpose: 'test' });
    const transport = createMailTransport(mailConfig());

    const first = await deliverPendingMail(database.db, transport, { batchSize: 5 });
    expect(first).toEqual({ claimed: 1, sent: 0, retrying: 1, failed: 0 });
    const afterFirst = await statusOf(mail.id);
    expect(afterFirst.status).toBe('pending');
    expect(afterFirst.attempts).toBe(1);
    expect(afterFirst.lastError).toMatch(/Mailbox unavailable/);
    expect(afterFirst.lastErrorCode).toBe('recipient-refused');

    for (let i = 2; i <= MAX_ATTEMPTS; i++) await deliverPendingMail(database.db, transport, { batchSize: 5 });
    const last = await statusOf(mail.id);
    expect(last.status).toBe('failed');
    expect(last.attempts).toBe(MAX_ATTEMPTS);
    expect((await deliverPendingMail(database.db, transport, { batchSize: 5 })).claimed).toBe(0);
  });

  it('takes over mail whose worker died mid-send once its lock has run out, not before', async () => {
    const stale = await enqueueMail(database.db, { smtpUrl }, { to: 'stale@example.org', subject: 'Stale', text: 'T', purpose: 'test' });
    const locked = await enqueueMail(database.db, { smtpUrl }, { to: 'locked@example.org', subject: 'Locked', text: 'T', purpose: 'test' });
    await database.db
      .update(mailOutbox)
      .set({ status: 'sending', attempts: 1, lockedUntil: sql`now() - interval '1 minute'` })
      .where(eq(mailOutbox.id, stale.id));
    await database.db
      .update(mailOutbox)
      .set({ status: 'sending', attempts: 1, lockedUntil: sql`now() + interval '1 minute'` })
      .where(eq(mailOutbox.id, locked.id));

    const result = await deliverPendingMail(database.db, createMailTransport(mailConfig()), { batchSize: 10 });

    expect(result.claimed).toBe(1);
    expect(smtp.received.map((m) => m.subject)).toEqual(['Stale']);
    expect((await statusOf(stale.id)).attempts).toBe(2);
    expect((await statusOf(locked.id)).status).toBe('sending');
  });

  it('runs as a worker while SMTP is configured, and not at all without it', async () => {
    const logger = { info: vi.fn(), error: vi.fn() };
    const stopIdle = startMailWorker(database.db, { smtpUrl: undefined, mailFrom: 'x@example.org' }, logger);
    await stopIdle();

    await enqueueMail(database.db, { smtpUrl }, { to: 'worker@example.org', subject: 'From the worker', text: 'T', purpose: 'test' });
    const stop = startMailWorker(database.db, mailConfig(), logger);
    try {
      await vi.waitFor(() => expect(smtp.received.map((m) => m.subject)).toEqual(['From the worker']), { timeout: 15_000, interval: 50 });
    } finally {
      await stop();
    }
    expect(logger.error).not.toHaveBeenCalled();
  });
});
