import { z } from 'zod';
import { mailFailureCodes } from './mail-failure.ts';

export const mailStatuses = ['pending', 'sending', 'sent', 'failed', 'held'] as const;

export const outboxMailSchema = z
  .object({
    id: z.string().uuid(),
    status: z.enum(mailStatuses),
    to: z.string(),
    subject: z.string(),
    purpose: z.string(),
    /** The full text, so that administrators can pass on links when no SMTP server is set up. */
    text: z.string(),
    attempts: z.number().int(),
    createdAt: z.string(),
    sentAt: z.string().nullable(),
    /** The SMTP server's own words about the last failed attempt (English, for the details). */
    lastError: z.string().nullable(),
    /** Why the last attempt failed, as a code the page words in the reader's language; 'other' for rows from before codes. */
    lastErrorCode: z.enum(mailFailureCodes).nullable(),
  })
  .meta({ id: 'OutboxMail' });

export const outboxQuery = z.object({
  status: z.enum(mailStatuses).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export const outboxResponse = z
  .object({
    items: z.array(outboxMailSchema),
    /** False when SMTP_URL is not set: new mail is held here instead of being sent. */
    smtpConfigured: z.boolean(),
  })
  .meta({ id: 'Outbox' });

export type OutboxMail = z.infer<typeof outboxMailSchema>;
export type OutboxQuery = z.infer<typeof outboxQuery>;
