import { and, eq, inArray } from 'drizzle-orm';
import { actorUserId } from '../../shared/actor.ts';
import { inTransaction, type ServiceContext } from '../../shared/context.ts';
import { invalid, type FieldError } from '../../shared/errors.ts';
import type { ActivityParticipants, RecordAttendanceRequest } from './activities.schemas.ts';
import { activities, activityAttendance, activityParticipants } from './activities.table.ts';
import { localDaysBetween } from './local-time.ts';
import { requireOrganisedActivity } from './participant-access.ts';
import { listParticipants } from './participant-list.ts';

/**
 * The organisers confirm attendance per day (e.g. from the signed sheet): present=true records
 * the day, present=false removes it. Every entry is checked first (a day outside the activity's
 * local days, a participant of another activity or not registered: 400 naming `entries.N.…`),
 * then all are written in one transaction: a bad entry writes nothing.
 */
export async function recordAttendance(ctx: ServiceContext, activityIdOrKey: string, input: RecordAttendanceRequest): Promise<ActivityParticipants> {
  const facts = await requireOrganisedActivity(ctx, activityIdOrKey);
  const [activity] = await ctx.db
    .select({ startsAt: activities.startsAt, endsAt: activities.endsAt, timeZone: activities.timeZone })
    .from(activities)
    .where(eq(activities.id, facts.activityId));
  const days = new Set(localDaysBetween(activity.startsAt, activity.endsAt, activity.timeZone));
  const ids = [...new Set(input.entries.map((e) => e.participantId))];
  const participants = await ctx.db
    .select({ id: activityParticipants.id, status: activityParticipants.status })
    .from(activityParticipants)
    .where(and(eq(activityParticipants.activityId, facts.activityId), inArray(activityParticipants.id, ids)));
  const status = new Map(participants.map((p) => [p.id, p.status]));
  const fields: FieldError[] = [];
  input.entries.forEach((e, i) => {
    if (!days.has(e.day)) fields.push({ path: `entries.${i}.day`, rule: 'not_activity_day', message: `${e.day} is not a day of the activity.` });
    const s = status.get(e.participantId);
    if (!s) fields.push({ path: `entries.${i}.participantId`, rule: 'not_found', message: 'This participant does not take part in this activity.' });
    else if (s !== 'registered')
      fields.push({ path: `entries.${i}.participantId`, rule: 'not_registered', message: 'Attendance is recorded for registered participants only.' });
  });
  if (fields.length) throw invalid(fields);
  await inTransaction(ctx, async (tx) => {
    const by = actorUserId(tx.actor);
    for (const e of input.entries) {
      if (e.present) {
        await tx.db.insert(activityAttendance).values({ participantId: e.participantId, day: e.day, confirmedBy: by }).onConflictDoNothing();
      } else {
        await tx.db.delete(activityAttendance).where(and(eq(activityAttendance.participantId, e.participantId), eq(activityAttendance.day, e.day)));
      }
    }
  });
  return listParticipants(ctx, facts.activityId);
}
