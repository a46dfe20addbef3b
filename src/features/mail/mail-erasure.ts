import { eq, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { mailOutbox } from './mail.table.ts';

// The mail feature's part of erasing a person or an account (personal-data, GDPR Art. 17).

type Rows<T> = { rows: T[] };

/** Deletes the mail to an address (compared without case), sent or not. */
export async function deleteMailTo(db: Db, address: string): Promise<void> {
  await db.execute(sql`DELETE FROM mail_outbox WHERE lower(to_address) = ${address.toLowerCase()}`);
}

/** The mail whose subject or text passes a text test: `mentions` turns a text expression into an SQL condition. */
export async function mailMentioning(db: Db, mentions: (text: SQL) => SQL): Promise<{ id: string; subject: string; textBody: string }[]> {
  const mentioning = (await db.execute(sql`
    SELECT id, subject, text_body FROM mail_outbox
     WHERE ${mentions(sql`subject`)} OR ${mentions(sql`text_body`)} OR ${mentions(sql`attachments::text`)}`)) as unknown as Rows<{
    id: string;
    subject: string;
    text_body: string;
  }>;
  return mentioning.rows.map((row) => ({ id: row.id, subject: row.subject, textBody: row.text_body }));
}

/**
 * Rewrites a mail's subject and text (an erasure blanks a mention); it keeps its place in the
 * outbox. Its attachments (an .ics naming the attendee) are dropped: they are copies of what the
 * mail says, not worth a redaction of their own.
 */
export async function redactMail(db: Db, id: string, values: { subject: string; textBody: string }): Promise<void> {
  await db
    .update(mailOutbox)
    .set({ ...values, attachments: [] })
    .where(eq(mailOutbox.id, id));
}
