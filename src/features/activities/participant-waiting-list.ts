import { and, asc, count, eq } from 'drizzle-orm';
import type { ServiceContext } from '../../shared/context.ts';
import { activityParticipants } from './activities.table.ts';
import type { LockedActivity } from './participant-access.ts';
import { recordParticipantEvent } from './participant-events.ts';

/** Participants holding a place (registered, any source): what the capacity is counted against. */
export async function registeredCount(tx: ServiceContext, activityId: string): Promise<number> {
  const [row] = await tx.db
    .select({ n: count() })
    .from(activityParticipants)
    .where(and(eq(activityParticipants.activityId, activityId), eq(activityParticipants.status, 'registered')));
  return Number(row?.n ?? 0);
}

/**
 * Moves the first waiting participants (in order of registration) to "registered" while places
 * are free, in the caller's transaction, which holds the activity's lock (`lockActivity`). A
 * cancelled activity promotes nobody. Each promotion is an event (the promoted one is mailed).
 */
export async function promoteFromWaitingList(tx: ServiceContext, activity: LockedActivity, now = new Date()): Promise<number> {
  if (activity.status === 'cancelled') return 0;
  let promoted = 0;
  for (;;) {
    if (activity.capacity !== null && (await registeredCount(tx, activity.id)) >= activity.capacity) return promoted;
    const [next] = await tx.db
      .select()
      .from(activityParticipants)
      .where(and(eq(activityParticipants.activityId, activity.id), eq(activityParticipants.status, 'waiting')))
      .orderBy(asc(activityParticipants.registeredAt), asc(activityParticipants.id))
      .limit(1);
    if (!next) return promoted;
    const [after] = await tx.db
      .update(activityParticipants)
      .set({ status: 'registered', version: next.version + 1, updatedAt: now })
      .where(eq(activityParticipants.id, next.id))
      .returning();
    await recordParticipantEvent(tx, 'update', next, after);
    promoted++;
  }
}
