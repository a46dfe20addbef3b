import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database.ts';
import { systemActor } from '../../shared/actor.ts';
import { loadConfig } from '../../config.ts';
import { createTestDatabase } from '../../testing/test-database.ts';
import { mailMentioning, redactMail } from './mail-erasure.ts';
import { enqueueMail } from './mail-outbox.ts';
import { pruneMailOutbox } from './mail-retention.ts';
import { listOutbox } from './outbox.service.ts';
import { mailOutbox } from './mail.table.ts';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.close();
});

const invite = {
  filename: 'invite.ics',
  contentType: 'text/calendar; charset=utf-8; method=REQUEST',
  content: 'BEGIN:VCALENDAR\r\nATTENDEE;CN=Ana Pop:mailto:ana@example.org\r\nEND:VCALENDAR',
};

describe('mail attachments (migration 0028)', () => {
  it('keeps attachments with the mail; mail without any has none', async () => {
    const withFile = await enqueueMail(
      database.db,
      { smtpUrl: undefined },
      { to: 'ana@example.org', subject: 'S', text: 'T', purpose: 'activity-invitation', attachments: [invite] },
    );
    const plain = await enqueueMail(database.db, { smtpUrl: undefined }, { to: 'bo@example.org', subject: 'S', text: 'T', purpose: 'test' });
    expect(withFile.attachments).toEqual([invite]);
    expect(plain.attachments).toEqual([]);
    // The administrators' outbox view is as before: no attachments in it.
    const config = loadConfig({ PONTIS_DATA_DIR: '/nonexistent' } as NodeJS.ProcessEnv);
    const items = await listOutbox({ db: database.db, actor: systemActor('test'), config }, { limit: 10 });
    expect(Object.keys(items[0])).not.toContain('attachments');
  });

  it('finds a name in an attachment for an erasure, and the redaction drops the attachments', async () => {
    const [row] = await database.db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, 'ana@example.org'));
    const found = await mailMentioning(database.db, (text) => sql`${text} ILIKE '%Ana Pop%'`);
    expect(found.map((m) => m.id)).toEqual([row.id]);
    await redactMail(database.db, row.id, { subject: 'S', textBody: 'T' });
    const [after] = await database.db.select().from(mailOutbox).where(eq(mailOutbox.id, row.id));
    expect(after.attachments).toEqual([]);
  });

  it('is deleted with its mail by the retention clean-up', async () => {
    await database.db.update(mailOutbox).set({ createdAt: new Date('2020-01-01T00:00:00Z') });
    expect((await pruneMailOutbox(database.db, 30)).deleted).toBe(2);
    expect(await database.db.select().from(mailOutbox)).toEqual([]);
  });
});
