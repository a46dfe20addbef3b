import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database.ts';
import { createTestDatabase } from '../../testing/test-database.ts';
import { startTestSmtpServer, type TestSmtpServer } from '../../testing/test-smtp-server.ts';
import { createMailTransport, deliverPendingMail } from './mail-delivery.ts';
import { enqueueMail } from './mail-outbox.ts';
import { pruneMailOutbox, REDACTED_LINK, redactOneTimeLinks } from './mail-retention.ts';
import { passwordResetMail } from './mail-templates.ts';
import { mailOutbox } from './mail.table.ts';

let database: Database;
let smtp: TestSmtpServer;

beforeAll(async () => {
  database = await createTestDatabase();
  smtp = await startTestSmtpServer();
});

afterAll(async () => {
  await smtp.close();
  await database.close();
});

beforeEach(async () => {
  smtp.received.length = 0;
  await database.db.delete(mailOutbox);
});

const link = 'https://pontis.example.org/reset-password?token=AbC_dEf-0123456789abcdefghijklmnop';
const rowOf = async (id: string) => (await database.db.select().from(mailOutbox).where(eq(mailOutbox.id, id)))[0];
const age = (id: string, days: number) =>
  database.db.execute(sql`UPDATE mail_outbox SET created_at = now() - make_interval(days => ${days}::int),
    sent_at = CASE WHEN sent_at IS NULL THEN NULL ELSE now() - make_interval(days => ${days}::int) END WHERE id = ${id}::uuid`);

describe('one-time links in the outbox', () => {
  it('are replaced by a placeholder, leaving the rest of the text', () => {
    const text = `Open this link:\n${link}\nor https://pontis.example.org/calls (no secret).`;
    expect(redactOneTimeLinks(text)).toBe(`Open this link:\n${REDACTED_LINK}\nor https://pontis.example.org/calls (no secret).`);
  });

  it('are delivered intact and blanked in the outbox once sent', async () => {
    const mail = passwordResetMail('en', { link });
    const row = await enqueueMail(database.db, { smtpUrl: smtp.url }, { to: 'ana@example.org', ...mail, purpose: 'password-reset' });
    const result = await deliverPendingMail(database.db, createMailTransport({ smtpUrl: smtp.url, mailFrom: 'Pontis <p@example.org>' }), { batchSize: 5 });
    expect(result.sent).toBe(1);
    expect(smtp.received[0].body).toContain(link);
    const stored = await rowOf(row.id);
    expect(stored.status).toBe('sent');
    expect(stored.textBody).not.toContain('token=');
    expect(stored.textBody).toContain(REDACTED_LINK);
  });

  it('stay readable while held without SMTP, for the administrator to pass on', async () => {
    const row = await enqueueMail(
      database.db,
      { smtpUrl: undefined },
      { to: 'ana@example.org', ...passwordResetMail('en', { link }), purpose: 'password-reset' },
    );
    await pruneMailOutbox(database.db, 30);
    expect((await rowOf(row.id)).textBody).toContain(link);
  });
});

describe('pruneMailOutbox', () => {
  it('deletes done mail older than the retention limit and keeps recent or unsent mail', async () => {
    const oldHeld = await enqueueMail(database.db, { smtpUrl: undefined }, { to: 'a@example.org', subject: 'S', text: 'T', purpose: 'test' });
    const recentHeld = await enqueueMail(database.db, { smtpUrl: undefined }, { to: 'b@example.org', subject: 'S', text: 'T', purpose: 'test' });
    const oldPending = await enqueueMail(database.db, { smtpUrl: smtp.url }, { to: 'c@example.org', subject: 'S', text: 'T', purpose: 'test' });
    const oldSent = await enqueueMail(database.db, { smtpUrl: undefined }, { to: 'd@example.org', subject: 'S', text: 'T', purpose: 'test' });
    await database.db.update(mailOutbox).set({ status: 'sent', sentAt: new Date() }).where(eq(mailOutbox.id, oldSent.id));
    await age(oldHeld.id, 31);
    await age(oldPending.id, 31);
    await age(oldSent.id, 31);
    await age(recentHeld.id, 29);

    expect(await pruneMailOutbox(database.db, 30)).toEqual({ deleted: 2 });
    const left = (await database.db.select({ id: mailOutbox.id }).from(mailOutbox)).map((r) => r.id).sort();
    expect(left).toEqual([recentHeld.id, oldPending.id].sort());
    // Idempotent: a second run (another process) finds nothing more.
    expect(await pruneMailOutbox(database.db, 30)).toEqual({ deleted: 0 });
  });

  it('blanks one-time links in sent mail stored before redaction existed', async () => {
    const row = await enqueueMail(
      database.db,
      { smtpUrl: undefined },
      { to: 'e@example.org', ...passwordResetMail('en', { link }), purpose: 'password-reset' },
    );
    await database.db.update(mailOutbox).set({ status: 'sent', sentAt: new Date() }).where(eq(mailOutbox.id, row.id));
    await pruneMailOutbox(database.db, 30);
    const stored = await rowOf(row.id);
    expect(stored.textBody).not.toContain('token=');
    expect(stored.textBody).toBe(redactOneTimeLinks(passwordResetMail('en', { link }).text));
  });
});
