import type { AddressInfo } from 'node:net';
import { eq, sql } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Database } from '../../db/database.ts';
import { createTestDatabase } from '../../testing/test-database.ts';
import { createMailTransport, deliverPendingMail, MAX_ATTEMPTS, startMailWorker } from './mail-delivery.ts';
import { enqueueMail } from './mail-outbox.ts';
import { invitationMail } from './mail-templates.ts';
import { mailOutbox } from './mail.table.ts';

interface ReceivedMail {
  to: string[];
  subject: string;
  body: string;
}

let database: Database;
let server: SMTPServer;
let smtpUrl: string;
const received: ReceivedMail[] = [];
const mailConfig = () => ({ smtpUrl, mailFrom: 'Pontis <no-reply@pontis.test>' });

// Just enough MIME to read what nodemailer writes: encoded-word subjects, QP or base64 bodies.
function decodeWords(value: string): string {
  return value.replace(/=\?utf-8\?([qb])\?([^?]*)\?=\s*/gi, (_m, enc: string, text: string) =>
    enc.toLowerCase() === 'b'
      ? Buffer.from(text, 'base64').toString('utf8')
      : Buffer.from(text.replace(/_/g, ' ').replace(/=([0-9a-f]{2})/gi, (_x, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1').toString('utf8'),
  );
}

function parseMessage(raw: string, to: string[]): ReceivedMail {
  const split = raw.indexOf('\r\n\r\n');
  const headers = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
  const header = (name: string) => new RegExp(`^${name}: (.*)$`, 'im').exec(headers)?.[1] ?? '';
  let body = raw.slice(split + 4);
  const encoding = header('Content-Transfer-Encoding').toLowerCase();
  if (encoding === 'base64') body = Buffer.from(body, 'base64').toString('utf8');
  if (encoding === 'quoted-printable') {
    body = Buffer.from(body.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/g, (_x, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1').toString('utf8');
  }
  return { to, subject: decodeWords(header('Subject')), body };
}

beforeAll(async () => {
  database = await createTestDatabase();
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (address.address.startsWith('bounce')) {
        return callback(Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 }));
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        received.push(parseMessage(Buffer.concat(chunks).toString('utf8'), session.envelope.rcptTo.map((r) => r.address)));
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  smtpUrl = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await database.close();
});

beforeEach(async () => {
  received.length = 0;
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
    expect(received.map((m) => m.to)).toEqual([['b@example.org']]);
  });

  it('delivers to a real SMTP server, with subject, link and Romanian letters intact', async () => {
    const link = 'http://localhost:3000/invitations/accept?token=AbC_dEf-0123456789abcdefghijklmnopqrstuvwxyz01234';
    const en = invitationMail('en', { link, inviterName: 'Ana Pop', role: 'member', cityName: 'Dortmund', organisationName: null });
    const ro = invitationMail('ro', { link, inviterName: 'Ana Pop', role: 'coordinator', cityName: 'Cluj-Napoca', organisationName: null });
    const a = await enqueueMail(database.db, { smtpUrl }, { to: 'en@example.org', ...en, purpose: 'invitation' });
    await enqueueMail(database.db, { smtpUrl }, { to: 'ro@example.org', ...ro, purpose: 'invitation' });

    const result = await deliverPendingMail(database.db, createMailTransport(mailConfig()), { batchSize: 10 });

    expect(result).toEqual({ claimed: 2, sent: 2, retrying: 0, failed: 0 });
    const byTo = Object.fromEntries(received.map((m) => [m.to[0], m]));
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
      for (let r = await deliverPendingMail(database.db, transport, { batchSize: 3 }); r.claimed; r = await deliverPendingMail(database.db, transport, { batchSize: 3 })) {
        claimed += r.claimed;
      }
      return claimed;
    };

    const [first, second] = await Promise.all([drain(), drain()]);

    expect(first + second).toBe(12);
    expect(received.map((m) => m.subject).sort()).toEqual(ids.map((_, i) => `Mail ${i}`).sort());
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

    for (let i = 2; i <= MAX_ATTEMPTS; i++) await deliverPendingMail(database.db, transport, { batchSize: 5 });
    const last = await statusOf(mail.id);
    expect(last.status).toBe('failed');
    expect(last.attempts).toBe(MAX_ATTEMPTS);
    expect((await deliverPendingMail(database.db, transport, { batchSize: 5 })).claimed).toBe(0);
  });

  it('takes over mail whose worker died mid-send once its lock has run out, not before', async () => {
    const stale = await enqueueMail(database.db, { smtpUrl }, { to: 'stale@example.org', subject: 'Stale', text: 'T', purpose: 'test' });
    const locked = await enqueueMail(database.db, { smtpUrl }, { to: 'locked@example.org', subject: 'Locked', text: 'T', purpose: 'test' });
    await database.db.update(mailOutbox).set({ status: 'sending', attempts: 1, lockedUntil: sql`now() - interval '1 minute'` }).where(eq(mailOutbox.id, stale.id));
    await database.db.update(mailOutbox).set({ status: 'sending', attempts: 1, lockedUntil: sql`now() + interval '1 minute'` }).where(eq(mailOutbox.id, locked.id));

    const result = await deliverPendingMail(database.db, createMailTransport(mailConfig()), { batchSize: 10 });

    expect(result.claimed).toBe(1);
    expect(received.map((m) => m.subject)).toEqual(['Stale']);
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
      await vi.waitFor(() => expect(received.map((m) => m.subject)).toEqual(['From the worker']), { timeout: 15_000, interval: 50 });
    } finally {
      await stop();
    }
    expect(logger.error).not.toHaveBeenCalled();
  });
});
