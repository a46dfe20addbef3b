import { isUniqueViolation } from '../../db/unique-violation.ts';
import { inTransaction, type ServiceContext } from '../../shared/context.ts';
import { AppError, unauthenticated } from '../../shared/errors.ts';
import { accountLocale } from '../users/index.ts';
import { uiLocales, type UiLocale } from '../../shared/locales.ts';
import type { ActivityParticipant, RegisterForActivityRequest } from './activities.schemas.ts';
import { activityParticipants } from './activities.table.ts';
import { canRegisterForActivity } from './activity-policy.ts';
import { lockActivity, requireReadableActivity } from './participant-access.ts';
import { recordParticipantEvent } from './participant-events.ts';
import { resolveParticipantOrigin } from './participant-origin.ts';
import { readParticipant } from './participant-read.ts';
import { registeredCount } from './participant-waiting-list.ts';
import { registrationRefusal } from './registration-refusal.ts';

export const alreadyRegistered = () => new AppError('already_registered', 409, 'You are already registered for this activity (or on its waiting list).');

/**
 * A member registers themselves (canRegisterForActivity) while the registration window is open.
 * Organisation, city and country come from their account unless given. Past the capacity they go
 * on the waiting list (status "waiting"). The activity row is locked before the places are
 * counted, so two registrations for the last place cannot both get it.
 */
export async function registerForActivity(
  ctx: ServiceContext,
  activityIdOrKey: string,
  input: RegisterForActivityRequest,
  now = new Date(),
): Promise<ActivityParticipant> {
  const actor = ctx.actor;
  if (actor.kind !== 'user') throw unauthenticated();
  const facts = await requireReadableActivity(ctx, activityIdOrKey);
  if (!canRegisterForActivity(actor, facts)) throw unauthenticated();
  const origin = await resolveParticipantOrigin(ctx, { organisationId: actor.organisationId, cityId: actor.cityId, country: input.country });
  const locale = input.language ?? (await accountLocale(ctx, actor.id));
  const language: UiLocale = uiLocales.includes(locale as UiLocale) ? (locale as UiLocale) : 'en';
  try {
    const id = await inTransaction(ctx, async (tx) => {
      const activity = await lockActivity(tx, facts.activityId);
      const refusal = registrationRefusal(activity, now);
      if (refusal) throw refusal;
      const full = activity.capacity !== null && (await registeredCount(tx, activity.id)) >= activity.capacity;
      const [row] = await tx.db
        .insert(activityParticipants)
        .values({
          activityId: activity.id,
          userId: actor.id,
          source: 'self',
          displayName: actor.displayName,
          email: actor.email,
          ...origin,
          role: input.role,
          status: full ? 'waiting' : 'registered',
          language,
          gender: input.gender ?? null,
          needsInterpretation: input.needs?.interpretation || null,
          needsAccessibility: input.needs?.accessibility || null,
          needsDiet: input.needs?.diet || null,
          listed: input.listed,
          registeredAt: now,
          addedBy: actor.id,
          updatedBy: actor.id,
        })
        .returning();
      await recordParticipantEvent(tx, 'create', null, row);
      return row.id;
    });
    return await readParticipant(ctx, facts, id);
  } catch (err) {
    // The unique indexes (one live registration per user and per address) decide a double submit.
    if (isUniqueViolation(err)) throw alreadyRegistered();
    throw err;
  }
}
