import { desc, and, eq } from 'drizzle-orm';
import { isAdmin } from '../../shared/actor.ts';
import type { ServiceContext } from '../../shared/context.ts';
import { AppError } from '../../shared/errors.ts';
import { agreementDocumentAgreementId, agreementPartnershipId } from '../agreements/index.ts';
import { canEditCity, cityIdsByKeys } from '../cities/index.ts';
import { organisationCityId } from '../organisations/index.ts';
import { canEditPartnership, partnershipCityIds, partnershipExists, timelineEventPartnershipId } from '../partnerships/index.ts';
import { personOwnership } from '../people/index.ts';
import { canEditWorkPlan, canManageProject, loadProjectFacts } from '../projects/index.ts';
import { auditEvents } from './audit.table.ts';

/** Whether the caller may read the change history of one record. */
export type HistoryReadPolicy = (ctx: ServiceContext, id: string) => Promise<boolean>;

/**
 * A record's history is for the people who may edit it. Records that were deleted are judged
 * by their last audit snapshot, so co-owners can still see who deleted what.
 */
const policies = new Map<string, HistoryReadPolicy>([
  ['city', async (ctx, id) => canEditCity(ctx.actor, id)],
  ['partnership', async (ctx, id) => mayEditPartnershipById(ctx, id)],
  ['timeline-event', async (ctx, id) => mayEditPartnershipById(ctx, await parentId(ctx, 'timeline-event', id))],
  ['agreement', async (ctx, id) => mayEditPartnershipById(ctx, await parentId(ctx, 'agreement', id))],
  [
    'agreement-document',
    async (ctx, id) => {
      const agreementId = await parentId(ctx, 'agreement-document', id);
      return mayEditPartnershipById(ctx, agreementId && (await parentId(ctx, 'agreement', agreementId)));
    },
  ],
  [
    'organisation',
    async (ctx, id) => {
      if (isAdmin(ctx.actor)) return true;
      const cityId = await organisationCityId(ctx, id);
      return cityId !== null && (isCoordinatorOf(ctx, cityId) || isOrgEditorOf(ctx, id));
    },
  ],
  [
    'person',
    async (ctx, id) => {
      if (isAdmin(ctx.actor)) return true;
      const person = await personOwnership(ctx, id);
      return !!person && (isCoordinatorOf(ctx, person.cityId) || isOrgEditorOf(ctx, person.organisationId));
    },
  ],
  ['project', async (ctx, id) => mayOnProject(ctx, id, canManageProject)],
  ['project-partner', async (ctx, id) => mayOnProject(ctx, await snapshotProjectId(ctx, 'project-partner', id), canManageProject)],
  ...(['project-work-package', 'project-milestone', 'project-indicator', 'project-document'] as const).map(
    (type) => [type, async (ctx: ServiceContext, id: string) => mayOnProject(ctx, await snapshotProjectId(ctx, type, id), canEditWorkPlan)] as const,
  ),
]);

/** The policy for an entity type, or undefined for types that have no history. */
export function historyPolicyFor(entityType: string): HistoryReadPolicy | undefined {
  return policies.get(entityType);
}

const isCoordinatorOf = (ctx: ServiceContext, cityId: string) => ctx.actor.kind === 'user' && ctx.actor.role === 'coordinator' && ctx.actor.cityId === cityId;
const isOrgEditorOf = (ctx: ServiceContext, organisationId: string | null) =>
  !!organisationId && ctx.actor.kind === 'user' && ctx.actor.role === 'org-editor' && ctx.actor.organisationId === organisationId;

async function mayEditPartnershipById(ctx: ServiceContext, partnershipId: string | null): Promise<boolean> {
  if (isAdmin(ctx.actor)) return true;
  if (!partnershipId) return false;
  if (await partnershipExists(ctx, partnershipId)) return canEditPartnership(ctx.actor, await partnershipCityIds(ctx, partnershipId));
  // Deleted: the last snapshot names the member cities by key.
  const keys = (await lastSnapshot(ctx, 'partnership', partnershipId))?.cities;
  if (!Array.isArray(keys) || !keys.length) return false;
  return canEditPartnership(ctx.actor, await cityIdsByKeys(ctx, keys.map(String)));
}

/** The partnership of a timeline event or agreement, or the agreement of a document. */
async function parentId(ctx: ServiceContext, entityType: 'timeline-event' | 'agreement' | 'agreement-document', id: string): Promise<string | null> {
  const live =
    entityType === 'timeline-event'
      ? await timelineEventPartnershipId(ctx, id)
      : entityType === 'agreement'
        ? await agreementPartnershipId(ctx, id)
        : await agreementDocumentAgreementId(ctx, id);
  if (live !== null) return live;
  const snapshot = await lastSnapshot(ctx, entityType, id);
  const parent = entityType === 'agreement-document' ? snapshot?.agreementId : snapshot?.partnershipId;
  return typeof parent === 'string' ? parent : null;
}

/** Every project record's audit snapshot names its project, deleted or not. */
async function snapshotProjectId(ctx: ServiceContext, entityType: string, id: string): Promise<string | null> {
  const projectId = (await lastSnapshot(ctx, entityType, id))?.projectId;
  return typeof projectId === 'string' ? projectId : null;
}

/** A deleted project's history is left to administrators: its consortium is gone with it. */
async function mayOnProject(ctx: ServiceContext, projectId: string | null, rule: typeof canManageProject): Promise<boolean> {
  if (isAdmin(ctx.actor)) return true;
  if (!projectId) return false;
  try {
    return rule(ctx.actor, await loadProjectFacts(ctx, projectId));
  } catch (err) {
    if (err instanceof AppError && err.status === 404) return false;
    throw err;
  }
}

async function lastSnapshot(ctx: ServiceContext, entityType: string, id: string): Promise<Record<string, unknown> | null> {
  const [row] = await ctx.db
    .select({ before: auditEvents.before, after: auditEvents.after })
    .from(auditEvents)
    .where(and(eq(auditEvents.entityType, entityType), eq(auditEvents.entityId, id)))
    .orderBy(desc(auditEvents.at), desc(auditEvents.id))
    .limit(1);
  const snapshot = row?.after ?? row?.before;
  return snapshot && typeof snapshot === 'object' ? (snapshot as Record<string, unknown>) : null;
}
