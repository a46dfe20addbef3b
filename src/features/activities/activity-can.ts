import type { Actor } from '../../shared/actor.ts';
import type { ActivitySummary } from './activities.schemas.ts';
import { canOrganiseActivity, canPlanActivity, canRegisterForActivity, type ActivityFacts } from './activity-policy.ts';
import type { ParticipantStatus } from './activity-vocabulary.ts';
import type { RegistrationWindow } from './registration-window.ts';

/**
 * What the caller may do with an activity: the policy functions the use cases check, and for
 * registering also the registration window and whether the caller is registered already (a
 * registered or waiting caller cancels instead).
 */
export function activityCan(
  actor: Actor,
  facts: ActivityFacts,
  window: Pick<RegistrationWindow, 'open'>,
  myStatus: ParticipantStatus | null,
): ActivitySummary['can'] {
  const organise = canOrganiseActivity(actor, facts);
  return {
    edit: organise,
    delete: canPlanActivity(actor, facts.partnershipCityIds),
    addParticipant: organise,
    register: canRegisterForActivity(actor, facts) && window.open && (myStatus === null || myStatus === 'cancelled'),
    viewReport: organise,
    recordAttendance: organise,
    recordFollowUp: organise,
  };
}
