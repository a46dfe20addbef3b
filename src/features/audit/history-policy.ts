import { desc, and, eq, inArray } from 'drizzle-orm';
import { isAdmin } from '../../shared/actor.ts';
import type { ServiceContext } from '../../shared/context.ts';
import { AppError } from '../../shared/errors.ts';
import { agreementDocuments, agreements } from '../agreements/agreements.table.ts';
import { canEditCity } from '../cities/city-policy.ts';
import { cities } from '../cities/cities.table.ts';
import { organisations } from '../organisations/organisations.table.ts';
import { partnershipCityIds } from '../partnerships/partnership-access.ts';
import { canEditPartnership } from '../partnerships/partnership-policy.ts';
import { partnerships, timelineEvents } from '../partnerships/partnerships.table.ts';
import { people } from '../people/people.table.ts';
import { loadProjectFacts } from '../projects/project-facts.ts';
import { canEditWorkPlan, canManageProject } from '../projects/project-policy.ts';
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
  ['agreement-document', async (ctx, id) => {
    const agreementId = await parentId(ctx, 'agreement-document', id);
    return mayEditPartnershipById(ctx, agreementId && (await parentId(ctx, 'agreement', agreementId)));
  }],
  ['organisation', async (ctx, id) => {
    if (isAdmin(ctx.actor)) return true;
    const [org] = await ctx.db.select({ cityId: organisations.cityId }).from(organisations).where(eq(organisations.id, id));
    return !!org && (isCoordinatorOf(ctx, org.cityId) || isOrgEditorOf(ctx, id));
  }],
  ['person', async (ctx, id) => {
    if (isAdmin(ctx.actor)) return true;
    const [person] = await ctx.db.select({ cityId: people.cityId, organisationId: people.organisationId }).from(people).where(eq(people.id, id));
    return !!person && (isCoordinatorOf(ctx, person.cityId) || isOrgEditorOf(ctx, person.organisationId));
  }],
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

const isCoordinatorOf = (ctx: ServiceContext, cityId: string) =>
  ctx.actor.kind === 'user' && ctx.actor.role === 'coordinator' && ctx.actor.cityId === cityId;
const isOrgEditorOf = (ctx: ServiceContext, organisationId: string | null) =>
  !!organisationId && ctx.actor.kind === 'user' && ctx.actor.role === 'org-editor' && ctx.actor.organisationId === organisationId;

async function mayEditPartnershipById(ctx: ServiceContext, partnershipId: string | null): Promise<boolean> {
  if (isAdmin(ctx.actor)) return true;
  if (!partnershipId) return false;
  const [live] = await ctx.db.select({ id: partnerships.id }).from(partnerships).where(eq(partnerships.id, partnershipId));
  if (live) return canEditPartnership(ctx.actor, await partnershipCityIds(ctx, partnershipId));
  // Deleted: the last snapshot names the member cities by key.
  const keys = (await lastSnapshot(ctx, 'partnership', partnershipId))?.cities;
  if (!Array.isArray(keys) || !keys.length) return false;
  const rows = await ctx.db.select({ id: cities.id }).from(cities).where(inArray(cities.key, keys.map(String)));
  return canEditPartnership(ctx.actor, rows.map((r) => r.id));
}

/** The partnership of a timeline event or agreement, or the agreement of a document. */
async function parentId(ctx: ServiceContext, entityType: 'timeline-event' | 'agreement' | 'agreement-document', id: string): Promise<string | null> {
  const live =
    entityType === 'timeline-event'
      ? await ctx.db.select({ parent: timelineEvents.partnershipId }).from(timelineEvents).where(eq(timelineEvents.id, id))
      : entityType === 'agreement'
        ? await ctx.db.select({ parent: agreements.partnershipId }).from(agreements).where(eq(agreements.id, id))
        : await ctx.db.select({ parent: agreementDocuments.agreementId }).from(agreementDocuments).where(eq(agreementDocuments.id, id));
  if (live[0]) return live[0].parent;
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
