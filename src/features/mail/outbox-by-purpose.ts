import { and, like, notInArray } from 'drizzle-orm';
import type { ServiceContext } from '../../shared/context.ts';
import { mailOutbox } from './mail.table.ts';

// Mails of the outbox by what they were for (their purpose, e.g. "introduction-request"), for a
// batch of work that must send nothing (the demo seed replays past history through the use cases).

/** The ids of the mails in the outbox whose purpose starts with this prefix, sent or not. */
export async function outboxMailIdsByPurpose(ctx: Pick<ServiceContext, 'db'>, purposePrefix: string): Promise<string[]> {
  const rows = await ctx.db
    .select({ id: mailOutbox.id })
    .from(mailOutbox)
    .where(like(mailOutbox.purpose, `${purposePrefix}%`));
  return rows.map((r) => r.id);
}

/** Removes the mails whose purpose starts with this prefix from the outbox, except those with the ids `keep`. */
export async function discardOutboxMailsByPurpose(ctx: Pick<ServiceContext, 'db'>, purposePrefix: string, keep: string[]): Promise<void> {
  const ofPurpose = like(mailOutbox.purpose, `${purposePrefix}%`);
  await ctx.db.delete(mailOutbox).where(keep.length ? and(ofPurpose, notInArray(mailOutbox.id, keep)) : ofPurpose);
}
