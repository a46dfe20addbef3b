import { isAdmin, type Actor } from '../../shared/actor.ts';

/** What the rules need to know about an activity: its partnership's cities, its organisers, whether it is public. */
export interface ActivityFacts {
  partnershipCityIds: readonly string[];
  organiserOrganisationIds: readonly string[];
  isPublic: boolean;
}

const inPartnershipCity = (actor: Actor, f: Pick<ActivityFacts, 'partnershipCityIds'>) =>
  actor.kind === 'user' && !!actor.cityId && f.partnershipCityIds.includes(actor.cityId);
const inOrganisingOrganisation = (actor: Actor, f: ActivityFacts) =>
  actor.kind === 'user' && !!actor.organisationId && f.organiserOrganisationIds.includes(actor.organisationId);

/**
 * Public activities are part of the partnership's public record; the others (internal meetings)
 * are read by users of the partnership's cities, members of the organising organisations and admins.
 */
export const canReadActivity = (actor: Actor, f: ActivityFacts) =>
  f.isPublic || isAdmin(actor) || inPartnershipCity(actor, f) || inOrganisingOrganisation(actor, f);

/** Planning an activity for a partnership: its cities' coordinators (the international offices) and admins. */
export const canPlanActivity = (actor: Actor, partnershipCityIds: readonly string[]) =>
  isAdmin(actor) || (actor.kind === 'user' && actor.role === 'coordinator' && inPartnershipCity(actor, { partnershipCityIds }));

/**
 * The organisers run an activity: edit, cancel, add a delegation, see stated needs, confirm
 * attendance, the participation report and signature sheet, outcomes, minutes and who met whom.
 * They are the partnership's coordinators and the editors of the organising organisations.
 */
export const canOrganiseActivity = (actor: Actor, f: ActivityFacts) =>
  canPlanActivity(actor, f.partnershipCityIds) || (actor.kind === 'user' && actor.role === 'org-editor' && inOrganisingOrganisation(actor, f));

/**
 * Registering oneself: any signed-in user who may read the activity (whether registration is
 * open, the deadline and the capacity are the registration rules', not the policy's).
 */
export const canRegisterForActivity = (actor: Actor, f: ActivityFacts) => actor.kind === 'user' && canReadActivity(actor, f);

/**
 * Who may see the participants by name: the organisers see everyone; other signed-in readers see
 * those who consented to be listed; the public sees only the counts.
 */
export const participantListScope = (actor: Actor, f: ActivityFacts): 'all' | 'listed' | 'counts' =>
  canOrganiseActivity(actor, f) ? 'all' : actor.kind === 'user' && canReadActivity(actor, f) ? 'listed' : 'counts';
