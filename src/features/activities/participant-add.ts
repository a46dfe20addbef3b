import { isUniqueViolation } from '../../db/unique-violation.ts';
import { actorUserId } from '../../shared/actor.ts';
import { inTransaction, type ServiceContext } from '../../shared/context.ts';
import { duplicate, invalid } from '../../shared/errors.ts';
import { selectUser } from '../users/index.ts';
import type { ActivityParticipant, AddParticipantRequest } from './activities.schemas.ts';
import { activityParticipants } from './activities.table.ts';
import { lockActivity, requireOrganisedActivity } from './participant-access.ts';
import { recordParticipantEvent } from './participant-events.ts';
import { resolveParticipantOrigin } from './participant-origin.ts';
import { readParticipant } from './participant-read.ts';

/**
 * The organisers add a member of a delegation (with or without an account). The organisers plan
 * the delegation, so the person is always "registered", even past the capacity or the deadline;
 * they count toward the capacity, so members registering later may land on the waiting list.
 * The activity is locked like a registration, so the count members see is never stale.
 */
export async function addParticipant(
  ctx: ServiceContext,
  activityIdOrKey: string,
  input: AddParticipantRequest,
  now = new Date(),
): Promise<ActivityParticipant> {
  const facts = await requireOrganisedActivity(ctx, activityIdOrKey);
  const origin = await resolveParticipantOrigin(ctx, input);
  if (input.userId && !(await selectUser(ctx.db, input.userId)))
    throw invalid([{ path: 'userId', rule: 'not_found', message: 'There is no user with this id.' }]);
  try {
    const id = await inTransaction(ctx, async (tx) => {
      await lockActivity(tx, facts.activityId);
      const by = actorUserId(tx.actor);
      const [row] = await tx.db
        .insert(activityParticipants)
        .values({
          activityId: facts.activityId,
          userId: input.userId ?? null,
          source: 'delegation',
          displayName: input.displayName,
          email: input.email ?? null,
          ...origin,
          role: input.role,
          status: 'registered',
          language: input.language,
          gender: input.gender ?? null,
          needsInterpretation: input.needs?.interpretation || null,
          needsAccessibility: input.needs?.accessibility || null,
          needsDiet: input.needs?.diet || null,
          listed: input.listed,
          registeredAt: now,
          addedBy: by,
          updatedBy: by,
        })
        .returning();
      await recordParticipantEvent(tx, 'create', null, row);
      return row.id;
    });
    return await readParticipant(ctx, facts, id);
  } catch (err) {
    if (isUniqueViolation(err, 'activity_participants_email_idx'))
      throw duplicate('email', 'Someone with this e-mail address already takes part in this activity.');
    if (isUniqueViolation(err, 'activity_participants_user_idx')) throw duplicate('userId', 'This user already takes part in this activity.');
    throw err;
  }
}
