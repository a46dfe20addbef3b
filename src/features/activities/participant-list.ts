import { and, asc, eq, ne } from 'drizzle-orm';
import type { ServiceContext } from '../../shared/context.ts';
import type { ActivityParticipants } from './activities.schemas.ts';
import { activityParticipants } from './activities.table.ts';
import { canOrganiseActivity, participantListScope } from './activity-policy.ts';
import { requireReadableActivity } from './participant-access.ts';
import { attendedDaysOf } from './participant-read.ts';
import { participantCan } from './participant-can.ts';
import { presentParticipant } from './participant-view.ts';

const statusOrder = { registered: 0, waiting: 1, cancelled: 2 } as const;

/**
 * The participants of an activity as the caller may see them (participantListScope): the
 * organisers everyone, cancelled rows included, with e-mail, gender and needs; other signed-in
 * readers those who consented to be listed, and their own row; the public only the counts.
 * Registered first, then the waiting list in its order, then the cancelled.
 */
export async function listParticipants(ctx: ServiceContext, activityIdOrKey: string): Promise<ActivityParticipants> {
  const facts = await requireReadableActivity(ctx, activityIdOrKey);
  const scope = participantListScope(ctx.actor, facts);
  const viewerUserId = ctx.actor.kind === 'user' ? ctx.actor.id : null;
  const rows = await ctx.db
    .select()
    .from(activityParticipants)
    .where(and(eq(activityParticipants.activityId, facts.activityId), scope === 'all' ? undefined : ne(activityParticipants.status, 'cancelled')))
    .orderBy(asc(activityParticipants.registeredAt), asc(activityParticipants.id));
  rows.sort((a, b) => statusOrder[a.status] - statusOrder[b.status]);
  const positions = new Map(rows.filter((r) => r.status === 'waiting').map((r, i) => [r.id, i + 1]));
  const visible = rows.filter((r) => scope === 'all' || (scope === 'listed' && (r.listed || (viewerUserId !== null && r.userId === viewerUserId))));
  const days = await attendedDaysOf(
    ctx,
    visible.map((r) => r.id),
  );
  const organiser = canOrganiseActivity(ctx.actor, facts);
  return {
    scope,
    items: visible.map((r) =>
      presentParticipant(r, {
        scope,
        viewerUserId,
        attendedDays: days.get(r.id) ?? [],
        waitingPosition: positions.get(r.id) ?? null,
        can: participantCan(r, scope, viewerUserId),
      }),
    ),
    counts: {
      registered: rows.filter((r) => r.status === 'registered').length,
      waiting: rows.filter((r) => r.status === 'waiting').length,
    },
    can: { add: organiser, recordAttendance: organiser },
  };
}
