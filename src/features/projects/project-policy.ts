import { isAdmin, type Actor } from '../../shared/actor.ts';

/** What the rules need to know about a project: its partnership's cities and its consortium. */
export interface ProjectFacts {
  partnershipCityIds: readonly string[];
  consortiumOrganisationIds: readonly string[];
}

const inPartnershipCity = (actor: Actor, f: ProjectFacts) => actor.kind === 'user' && !!actor.cityId && f.partnershipCityIds.includes(actor.cityId);
const inConsortium = (actor: Actor, f: ProjectFacts) =>
  actor.kind === 'user' && !!actor.organisationId && f.consortiumOrganisationIds.includes(actor.organisationId);

/**
 * Joint projects are work in progress of a partnership (budgets, drafts): signed-in users of the
 * partnership's cities and members of the consortium read them; the public does not.
 */
export const canReadProject = (actor: Actor, f: ProjectFacts) => isAdmin(actor) || inPartnershipCity(actor, f) || inConsortium(actor, f);

/** The coordinators of the partnership's cities run a project: stage, call, consortium, budget. */
export const canManageProject = (actor: Actor, f: ProjectFacts) =>
  isAdmin(actor) || (actor.kind === 'user' && actor.role === 'coordinator' && inPartnershipCity(actor, f));

/** Starting a project for a partnership: its cities' coordinators and admins (no consortium yet). */
export const canStartProject = (actor: Actor, partnershipCityIds: readonly string[]) =>
  canManageProject(actor, { partnershipCityIds, consortiumOrganisationIds: [] });

/**
 * The work plan (work packages, milestones, documents, indicators) is also written by the editors
 * of consortium organisations: they do the work the plan describes.
 */
export const canEditWorkPlan = (actor: Actor, f: ProjectFacts) =>
  canManageProject(actor, f) || (actor.kind === 'user' && actor.role === 'org-editor' && inConsortium(actor, f));
