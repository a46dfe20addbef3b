import { updateVersioned } from '../../db/versioned-update.ts';
import { inTransaction, type ServiceContext } from '../../shared/context.ts';
import { AppError, forbidden, unauthenticated } from '../../shared/errors.ts';
import type { ActivityParticipant, UpdateParticipantRequest } from './activities.schemas.ts';
import { activityParticipants } from './activities.table.ts';
import { canOrganiseActivity } from './activity-policy.ts';
import { participantRow, requireReadableActivity } from './participant-access.ts';
import { recordParticipantEvent } from './participant-events.ts';
import { readParticipant } from './participant-read.ts';

/** What only the organisers change: how the participant is counted for the funder. */
const ORGANISER_FIELDS = ['role', 'country', 'organisationName', 'cityName'] as const;

/**
 * Edits a participant (versioned: a stale version is 409). The organisers edit everything; the
 * participant's own account their language, needs, gender and consent to be listed (a field of
 * the organisers' is 403). Others who read the activity 403; the rest 404.
 */
export async function updateParticipant(ctx: ServiceContext, participantId: string, input: UpdateParticipantRequest): Promise<ActivityParticipant> {
  if (ctx.actor.kind !== 'user') throw unauthenticated();
  const row = await participantRow(ctx, participantId);
  const facts = await requireReadableActivity(ctx, row.activityId);
  const organiser = canOrganiseActivity(ctx.actor, facts);
  const own = row.userId !== null && row.userId === ctx.actor.id;
  if (!organiser && !own) throw forbidden('Only the organisers or the participant may edit a participation.');
  if (!organiser) {
    const field = ORGANISER_FIELDS.find((f) => input[f] !== undefined);
    if (field) throw forbidden(`Only the organisers change ${field}.`);
  }
  // A cancelled participation is history (registering again makes a new row): nothing to edit.
  if (row.status === 'cancelled') throw new AppError('participant_cancelled', 409, 'This participation was cancelled; register or add the person again.');
  const values: Partial<typeof activityParticipants.$inferInsert> = {};
  if (input.role !== undefined) values.role = input.role;
  if (input.country !== undefined) values.country = input.country;
  if (input.organisationName !== undefined) values.organisationName = input.organisationName || null;
  if (input.cityName !== undefined) values.cityName = input.cityName || null;
  if (input.language !== undefined) values.language = input.language;
  if (input.gender !== undefined) values.gender = input.gender;
  if (input.listed !== undefined) values.listed = input.listed;
  if (input.needs) {
    if (input.needs.interpretation !== undefined) values.needsInterpretation = input.needs.interpretation || null;
    if (input.needs.accessibility !== undefined) values.needsAccessibility = input.needs.accessibility || null;
    if (input.needs.diet !== undefined) values.needsDiet = input.needs.diet || null;
  }
  await inTransaction(ctx, async (tx) => {
    const after = await updateVersioned(tx, activityParticipants, 'The participant', participantId, input.version, values);
    await recordParticipantEvent(tx, 'update', row, after);
  });
  return readParticipant(ctx, facts, participantId);
}
