import { eq } from 'drizzle-orm';
import type { ServiceContext } from '../../shared/context.ts';
import { forbidden, notFound } from '../../shared/errors.ts';
import { activities, activityParticipants } from './activities.table.ts';
import { loadActivityFacts, type LoadedActivityFacts } from './activity-facts.ts';
import { canOrganiseActivity, canReadActivity } from './activity-policy.ts';

/** The activity's facts if the caller may read it; an activity they may not read is a 404 (its existence does not leak). */
export async function requireReadableActivity(ctx: ServiceContext, idOrKey: string): Promise<LoadedActivityFacts> {
  const facts = await loadActivityFacts(ctx, idOrKey);
  if (!canReadActivity(ctx.actor, facts)) throw notFound('The activity');
  return facts;
}

/** 404 for non-readers, 403 for readers who do not organise it. */
export async function requireOrganisedActivity(ctx: ServiceContext, idOrKey: string): Promise<LoadedActivityFacts> {
  const facts = await requireReadableActivity(ctx, idOrKey);
  if (!canOrganiseActivity(ctx.actor, facts)) throw forbidden('Only the organisers of the activity may do this.');
  return facts;
}

/**
 * Locks the activity row for the rest of the caller's transaction and returns what the
 * registration rules need. Every write that changes who holds a place takes this lock before it
 * counts, so two registrations for the last place are decided one after the other (no overbooking).
 */
export async function lockActivity(tx: ServiceContext, activityId: string) {
  const [row] = await tx.db
    .select({
      id: activities.id,
      status: activities.status,
      capacity: activities.capacity,
      registrationOpen: activities.registrationOpen,
      registrationDeadline: activities.registrationDeadline,
      startsAt: activities.startsAt,
      endsAt: activities.endsAt,
      timeZone: activities.timeZone,
    })
    .from(activities)
    .where(eq(activities.id, activityId))
    .for('update');
  if (!row) throw notFound('The activity');
  return row;
}
export type LockedActivity = Awaited<ReturnType<typeof lockActivity>>;

/** The participant row, or 404. */
export async function participantRow(ctx: ServiceContext, participantId: string) {
  const [row] = await ctx.db.select().from(activityParticipants).where(eq(activityParticipants.id, participantId));
  if (!row) throw notFound('The participant');
  return row;
}
export type ParticipantRow = typeof activityParticipants.$inferSelect;
