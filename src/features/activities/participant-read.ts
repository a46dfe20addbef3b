import { and, asc, eq, inArray, or, lt, count } from 'drizzle-orm';
import type { ServiceContext } from '../../shared/context.ts';
import type { ActivityParticipant } from './activities.schemas.ts';
import { activityAttendance, activityParticipants } from './activities.table.ts';
import type { ActivityFacts } from './activity-policy.ts';
import { participantListScope } from './activity-policy.ts';
import { participantRow, type ParticipantRow } from './participant-access.ts';
import { participantCan } from './participant-can.ts';
import { presentParticipant } from './participant-view.ts';

/** Confirmed attendance days of these participants, by participant id. */
export async function attendedDaysOf(ctx: ServiceContext, participantIds: string[]): Promise<Map<string, string[]>> {
  const byId = new Map<string, string[]>();
  if (!participantIds.length) return byId;
  const rows = await ctx.db
    .select({ participantId: activityAttendance.participantId, day: activityAttendance.day })
    .from(activityAttendance)
    .where(inArray(activityAttendance.participantId, participantIds))
    .orderBy(asc(activityAttendance.day));
  for (const r of rows) byId.set(r.participantId, [...(byId.get(r.participantId) ?? []), r.day]);
  return byId;
}

/** The place of a waiting row on its activity's waiting list (1 = next), in order of registration. */
export async function waitingPosition(ctx: ServiceContext, row: ParticipantRow): Promise<number | null> {
  if (row.status !== 'waiting') return null;
  const [ahead] = await ctx.db
    .select({ n: count() })
    .from(activityParticipants)
    .where(
      and(
        eq(activityParticipants.activityId, row.activityId),
        eq(activityParticipants.status, 'waiting'),
        or(
          lt(activityParticipants.registeredAt, row.registeredAt),
          and(eq(activityParticipants.registeredAt, row.registeredAt), lt(activityParticipants.id, row.id)),
        ),
      ),
    );
  return Number(ahead?.n ?? 0) + 1;
}

/** One participant as the caller may read it (the caller has checked they may read the activity). */
export async function readParticipant(ctx: ServiceContext, facts: ActivityFacts, participantId: string): Promise<ActivityParticipant> {
  const row = await participantRow(ctx, participantId);
  const days = await attendedDaysOf(ctx, [row.id]);
  const scope = participantListScope(ctx.actor, facts);
  const viewerUserId = ctx.actor.kind === 'user' ? ctx.actor.id : null;
  return presentParticipant(row, {
    scope,
    viewerUserId,
    attendedDays: days.get(row.id) ?? [],
    waitingPosition: await waitingPosition(ctx, row),
    can: participantCan(row, scope, viewerUserId),
  });
}
