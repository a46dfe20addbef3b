import { and, eq, ne } from 'drizzle-orm';
import { inTransaction, type ServiceContext } from '../../shared/context.ts';
import { AppError, forbidden, notFound, unauthenticated } from '../../shared/errors.ts';
import type { ActivityParticipant } from './activities.schemas.ts';
import { activityParticipants } from './activities.table.ts';
import { canOrganiseActivity } from './activity-policy.ts';
import { lockActivity, participantRow, requireReadableActivity } from './participant-access.ts';
import { recordParticipantEvent } from './participant-events.ts';
import { readParticipant } from './participant-read.ts';
import { promoteFromWaitingList } from './participant-waiting-list.ts';

/**
 * Cancels a participation in the caller's transaction (the activity locked): the row is kept
 * with status "cancelled" (the history shows the place was freed), and a freed place goes to the
 * first on the waiting list in the same transaction. A participation already cancelled is a 409.
 */
async function cancelInTransaction(tx: ServiceContext, participantId: string, now: Date): Promise<void> {
  const before = await participantRow(tx, participantId);
  const activity = await lockActivity(tx, before.activityId);
  // Read again under the lock: a concurrent cancel or promotion may have changed it.
  const current = await participantRow(tx, participantId);
  if (current.status === 'cancelled') throw new AppError('participant_cancelled', 409, 'This participation is cancelled already.');
  const [after] = await tx.db
    .update(activityParticipants)
    .set({ status: 'cancelled', cancelledAt: now, version: current.version + 1, updatedAt: now, updatedBy: tx.actor.kind === 'user' ? tx.actor.id : null })
    .where(eq(activityParticipants.id, participantId))
    .returning();
  await recordParticipantEvent(tx, 'update', current, after);
  if (current.status === 'registered') await promoteFromWaitingList(tx, activity, now);
}

/** The signed-in user cancels their own registration (or leaves the waiting list). 404 when they have none. */
export async function cancelOwnRegistration(ctx: ServiceContext, activityIdOrKey: string, now = new Date()): Promise<ActivityParticipant> {
  const actor = ctx.actor;
  if (actor.kind !== 'user') throw unauthenticated();
  const facts = await requireReadableActivity(ctx, activityIdOrKey);
  const [own] = await ctx.db
    .select({ id: activityParticipants.id })
    .from(activityParticipants)
    .where(and(eq(activityParticipants.activityId, facts.activityId), eq(activityParticipants.userId, actor.id), ne(activityParticipants.status, 'cancelled')));
  if (!own) throw notFound('Your registration');
  await inTransaction(ctx, (tx) => cancelInTransaction(tx, own.id, now));
  return readParticipant(ctx, facts, own.id);
}

/** The organisers cancel anyone's participation; a participant their own. Others who read the activity 403, the rest 404. */
export async function cancelParticipant(ctx: ServiceContext, participantId: string, now = new Date()): Promise<ActivityParticipant> {
  if (ctx.actor.kind !== 'user') throw unauthenticated();
  const row = await participantRow(ctx, participantId);
  const facts = await requireReadableActivity(ctx, row.activityId);
  const own = row.userId !== null && row.userId === ctx.actor.id;
  if (!own && !canOrganiseActivity(ctx.actor, facts)) throw forbidden('Only the organisers or the participant may cancel a participation.');
  await inTransaction(ctx, (tx) => cancelInTransaction(tx, participantId, now));
  return readParticipant(ctx, facts, participantId);
}
