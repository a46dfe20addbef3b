import type { Config } from '../../config.ts';
import type { Db } from '../../db/database.ts';
import { mailOutbox, type MailAttachment } from './mail.table.ts';

export type { MailAttachment };

export type MailPurpose = 'invitation' | 'password-reset' | (string & {});

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  purpose: MailPurpose;
  /** Files sent with it (an .ics invitation), kept as text with the mail. */
  attachments?: MailAttachment[];
}

/**
 * Puts a mail into the outbox, in the caller's transaction, so that it is sent if and only if
 * the change that caused it commits. Without SMTP the mail is 'held': never dropped, and
 * administrators can read it (and the link in it) in the outbox.
 */
export async function enqueueMail(db: Db, config: Pick<Config, 'smtpUrl'>, mail: OutgoingMail) {
  const [row] = await db
    .insert(mailOutbox)
    .values({
      toAddress: mail.to,
      subject: mail.subject,
      textBody: mail.text,
      purpose: mail.purpose,
      attachments: mail.attachments ?? [],
      status: config.smtpUrl ? 'pending' : 'held',
    })
    .returning();
  return row;
}
