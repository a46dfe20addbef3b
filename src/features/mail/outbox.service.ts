import { desc, eq } from 'drizzle-orm';
import { isAdmin } from '../../shared/actor.ts';
import type { ServiceContext } from '../../shared/context.ts';
import { forbidden } from '../../shared/errors.ts';
import type { OutboxMail, OutboxQuery } from './mail.schemas.ts';
import { mailOutbox } from './mail.table.ts';

/** The outbox, newest first. Admins only: mail bodies carry sign-up and reset links. */
export async function listOutbox(ctx: ServiceContext, query: OutboxQuery): Promise<OutboxMail[]> {
  if (!isAdmin(ctx.actor)) throw forbidden('Only platform administrators can read the mail outbox.');
  const rows = await ctx.db
    .select()
    .from(mailOutbox)
    .where(query.status ? eq(mailOutbox.status, query.status) : undefined)
    .orderBy(desc(mailOutbox.createdAt), desc(mailOutbox.id))
    .limit(query.limit);
  return rows.map((r) => ({
    id: r.id,
    status: r.status,
    to: r.toAddress,
    subject: r.subject,
    purpose: r.purpose,
    text: r.textBody,
    attempts: r.attempts,
    createdAt: r.createdAt.toISOString(),
    sentAt: r.sentAt?.toISOString() ?? null,
    lastError: r.lastError,
    lastErrorCode: r.lastError ? (r.lastErrorCode ?? 'other') : null,
  }));
}
