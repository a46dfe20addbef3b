import { and, asc, eq, inArray, lt, or, sql } from 'drizzle-orm';
import { mailFailureCode } from './mail-failure.ts';
import nodemailer from 'nodemailer';
import type { Config } from '../../config.ts';
import type { Db } from '../../db/database.ts';
import { startPeriodicJob } from '../../shared/periodic-job.ts';
import { redactOneTimeLinks } from './mail-retention.ts';
import { mailOutbox, type MailAttachment } from './mail.table.ts';

/** What delivery needs of a nodemailer transport; a real SMTP transport in production and tests. */
export interface MailTransport {
  sendMail(message: {
    from?: string;
    to: string;
    subject: string;
    text: string;
    attachments?: { filename: string; contentType: string; content: string }[];
    icalEvent?: { filename: string; method: string; content: string };
  }): Promise<unknown>;
  close?(): void;
}

export interface WorkerLogger {
  error(obj: object, msg: string): void;
  info(obj: object, msg: string): void;
}

export const MAX_ATTEMPTS = 5;
const WORKER_INTERVAL_MS = 5_000;

export function createMailTransport(config: Pick<Config, 'smtpUrl' | 'mailFrom'>): MailTransport {
  if (!config.smtpUrl) throw new Error('SMTP_URL is not set.');
  return nodemailer.createTransport(config.smtpUrl, { from: config.mailFrom });
}

/**
 * Claims a batch of due mail in one statement. SKIP LOCKED lets several server processes run
 * workers against one database without sending a mail twice; a 'sending' row whose two-minute
 * lock ran out (its worker died mid-send) becomes due again.
 */
async function claimBatch(db: Db, batchSize: number) {
  const due = db
    .select({ id: mailOutbox.id })
    .from(mailOutbox)
    .where(or(eq(mailOutbox.status, 'pending'), and(eq(mailOutbox.status, 'sending'), lt(mailOutbox.lockedUntil, sql`now()`))))
    .orderBy(asc(mailOutbox.createdAt))
    .limit(batchSize)
    .for('update', { skipLocked: true });
  return db
    .update(mailOutbox)
    .set({
      status: 'sending',
      attempts: sql`${mailOutbox.attempts} + 1`,
      lockedUntil: sql`now() + interval '2 minutes'`,
    })
    .where(inArray(mailOutbox.id, due))
    .returning();
}

export interface DeliveryResult {
  claimed: number;
  sent: number;
  retrying: number;
  failed: number;
}

/** Sends one batch of due mail; each mail ends 'sent', back to 'pending' for a retry, or 'failed'. */
export async function deliverPendingMail(db: Db, transport: MailTransport, options: { batchSize: number; from?: string }): Promise<DeliveryResult> {
  const rows = await claimBatch(db, options.batchSize);
  const result: DeliveryResult = { claimed: rows.length, sent: 0, retrying: 0, failed: 0 };
  for (const row of rows) {
    try {
      await transport.sendMail({
        ...(options.from ? { from: options.from } : {}),
        to: row.toAddress,
        subject: row.subject,
        text: row.textBody,
        ...attachmentsOf(row.attachments),
      });
      // One-time links (invitation, password reset) are not kept readable once delivered.
      await db
        .update(mailOutbox)
        .set({ status: 'sent', sentAt: sql`now()`, lockedUntil: null, lastError: null, lastErrorCode: null, textBody: redactOneTimeLinks(row.textBody) })
        .where(eq(mailOutbox.id, row.id));
      result.sent++;
    } catch (err) {
      const gaveUp = row.attempts >= MAX_ATTEMPTS;
      await db
        .update(mailOutbox)
        .set({ status: gaveUp ? 'failed' : 'pending', lockedUntil: null, lastError: errorText(err), lastErrorCode: mailFailureCode(err) })
        .where(eq(mailOutbox.id, row.id));
      if (gaveUp) result.failed++;
      else result.retrying++;
    }
  }
  return result;
}

/**
 * An .ics invitation goes as nodemailer's icalEvent (the text/calendar alternative with its
 * METHOD, which mail programs show with accept buttons and apply to the calendar); other files
 * as ordinary attachments.
 */
function attachmentsOf(files: readonly MailAttachment[] | null | undefined) {
  if (!files?.length) return {};
  const ical = files.find((f) => /^text\/calendar/i.test(f.contentType));
  const method = ical && /method=([A-Za-z]+)/i.exec(ical.contentType)?.[1];
  const others = files.filter((f) => f !== ical || !method);
  return {
    ...(ical && method ? { icalEvent: { filename: ical.filename, method: method.toUpperCase(), content: ical.content } } : {}),
    ...(others.length ? { attachments: others.map((f) => ({ filename: f.filename, contentType: f.contentType, content: f.content })) } : {}),
  };
}

function errorText(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return message.slice(0, 1000);
}

/**
 * Sends due mail every 5 seconds while SMTP is configured. Returns a function that stops the
 * worker and waits for a running batch to finish.
 */
export function startMailWorker(db: Db, config: Pick<Config, 'smtpUrl' | 'mailFrom'>, logger: WorkerLogger): () => Promise<void> {
  if (!config.smtpUrl) return async () => {};
  const transport = createMailTransport(config);
  // The runner keeps a slow SMTP server from making batches overlap within one process.
  const stop = startPeriodicJob('mail outbox delivery', WORKER_INTERVAL_MS, logger, async (stopping) => {
    // Drain the outbox, then wait for the next tick.
    for (;;) {
      const r = await deliverPendingMail(db, transport, { batchSize: 20 });
      if (r.sent || r.failed) logger.info({ ...r }, 'mail outbox delivery');
      if (r.failed) logger.error({ failed: r.failed }, `mail given up after ${MAX_ATTEMPTS} attempts`);
      if (r.claimed < 20 || r.retrying || stopping()) break;
    }
  });
  return async () => {
    await stop();
    transport.close?.();
  };
}
