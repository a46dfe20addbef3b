import { and, asc, eq } from 'drizzle-orm';
import { updateVersioned } from '../../../db/versioned-update.ts';
import { actorUserId } from '../../../shared/actor.ts';
import { inTransaction, type ServiceContext } from '../../../shared/context.ts';
import { AppError, invalid, notFound } from '../../../shared/errors.ts';
import { recordDomainEvent } from '../../domain-events/index.ts';
import { organisationNames, requireConsortiumMember, requireProjectReader, requireWorkPlanEditor } from './work-plan-access.ts';
import type { CreateMilestoneRequest, Milestone, MilestoneDoneRequest, MilestoneList, UpdateMilestoneRequest } from './work-plan.schemas.ts';
import { projectMilestones, projectWorkPackages } from './work-plan.table.ts';
import { brusselsDate, isMilestoneLate, nextMilestone } from './work-plan-status.ts';

type MilestoneRow = typeof projectMilestones.$inferSelect;
interface Options {
  /** The moment "late" and "today" are measured from; the clock by default. */
  now?: Date;
}

async function present(ctx: ServiceContext, rows: MilestoneRow[], now: Date): Promise<Milestone[]> {
  const names = await organisationNames(
    ctx,
    rows.map((r) => r.ownerOrganisationId),
  );
  const today = brusselsDate(now);
  return rows.map((r) => ({
    id: r.id,
    projectId: r.projectId,
    workPackageId: r.workPackageId,
    title: r.title,
    dueOn: r.dueOn,
    ownerOrganisation: r.ownerOrganisationId ? (names.get(r.ownerOrganisationId) ?? null) : null,
    status: r.status,
    doneOn: r.doneOn,
    late: isMilestoneLate(r, today),
    version: r.version,
    updatedAt: r.updatedAt.toISOString(),
  }));
}

const auditView = ({ updatedAt: _u, late: _l, ...rest }: Milestone) => rest;

async function findRow(ctx: ServiceContext, projectId: string, id: string): Promise<MilestoneRow> {
  const [row] = await ctx.db
    .select()
    .from(projectMilestones)
    .where(and(eq(projectMilestones.id, id), eq(projectMilestones.projectId, projectId)));
  if (!row) throw notFound('The milestone');
  return row;
}

async function requireWorkPackageOfProject(ctx: ServiceContext, projectId: string, workPackageId: string | null | undefined) {
  if (!workPackageId) return;
  const [wp] = await ctx.db
    .select({ id: projectWorkPackages.id })
    .from(projectWorkPackages)
    .where(and(eq(projectWorkPackages.id, workPackageId), eq(projectWorkPackages.projectId, projectId)));
  if (!wp) throw invalid([{ path: 'workPackageId', rule: 'not_found', message: 'Choose a work package of this project.' }]);
}

export async function listMilestones(ctx: ServiceContext, projectId: string, options: Options = {}): Promise<MilestoneList> {
  await requireProjectReader(ctx, projectId);
  const rows = await ctx.db
    .select()
    .from(projectMilestones)
    .where(eq(projectMilestones.projectId, projectId))
    .orderBy(asc(projectMilestones.dueOn), asc(projectMilestones.title), asc(projectMilestones.id));
  const milestones = await present(ctx, rows, options.now ?? new Date());
  return { milestones, nextMilestoneId: nextMilestone(milestones)?.id ?? null };
}

export async function createMilestone(ctx: ServiceContext, projectId: string, input: CreateMilestoneRequest, options: Options = {}): Promise<Milestone> {
  return inTransaction(ctx, async (tx) => {
    const facts = await requireWorkPlanEditor(tx, projectId);
    requireConsortiumMember(facts, 'ownerOrganisationId', input.ownerOrganisationId);
    await requireWorkPackageOfProject(tx, projectId, input.workPackageId);
    const [row] = await tx.db
      .insert(projectMilestones)
      .values({
        projectId,
        workPackageId: input.workPackageId ?? null,
        title: input.title,
        dueOn: input.dueOn,
        ownerOrganisationId: input.ownerOrganisationId ?? null,
        updatedBy: actorUserId(ctx.actor),
      })
      .returning();
    const [created] = await present(tx, [row], options.now ?? new Date());
    await recordDomainEvent(tx, { entityType: 'project-milestone', entityId: row.id, action: 'create', after: auditView(created) });
    return created;
  });
}

export async function updateMilestone(
  ctx: ServiceContext,
  projectId: string,
  id: string,
  input: UpdateMilestoneRequest,
  options: Options = {},
): Promise<Milestone> {
  const now = options.now ?? new Date();
  return inTransaction(ctx, async (tx) => {
    const facts = await requireWorkPlanEditor(tx, projectId);
    const current = await findRow(tx, projectId, id);
    const [before] = await present(tx, [current], now);
    requireConsortiumMember(facts, 'ownerOrganisationId', input.ownerOrganisationId);
    await requireWorkPackageOfProject(tx, projectId, input.workPackageId);
    if (input.status === 'done' && current.status !== 'done') {
      throw invalid([{ path: 'status', rule: 'use_done', message: 'Mark a milestone done with the day it was reached.' }]);
    }
    const row = await updateVersioned(tx, projectMilestones, 'The milestone', id, input.version, {
      title: input.title,
      dueOn: input.dueOn,
      workPackageId: input.workPackageId,
      ownerOrganisationId: input.ownerOrganisationId,
      ...(input.status === 'planned' ? { status: 'planned' as const, doneOn: null } : {}),
    });
    const [after] = await present(tx, [row], now);
    await recordDomainEvent(tx, { entityType: 'project-milestone', entityId: id, action: 'update', before: auditView(before), after: auditView(after) });
    return after;
  });
}

export async function markMilestoneDone(
  ctx: ServiceContext,
  projectId: string,
  id: string,
  input: MilestoneDoneRequest,
  options: Options = {},
): Promise<Milestone> {
  const now = options.now ?? new Date();
  const today = brusselsDate(now);
  const doneOn = input.doneOn ?? today;
  if (doneOn > today) throw invalid([{ path: 'doneOn', rule: 'not_future', message: 'A milestone cannot be reached in the future.' }]);
  return inTransaction(ctx, async (tx) => {
    await requireWorkPlanEditor(tx, projectId);
    const current = await findRow(tx, projectId, id);
    if (current.status === 'done') {
      throw new AppError('already_done', 409, 'The milestone is marked done already.', [], { currentVersion: current.version });
    }
    const [before] = await present(tx, [current], now);
    const row = await updateVersioned(tx, projectMilestones, 'The milestone', id, input.version, { status: 'done', doneOn });
    const [after] = await present(tx, [row], now);
    await recordDomainEvent(tx, { entityType: 'project-milestone', entityId: id, action: 'update', before: auditView(before), after: auditView(after) });
    return after;
  });
}

export async function deleteMilestone(ctx: ServiceContext, projectId: string, id: string): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    await requireWorkPlanEditor(tx, projectId);
    const [before] = await present(tx, [await findRow(tx, projectId, id)], new Date());
    await tx.db.delete(projectMilestones).where(eq(projectMilestones.id, id));
    await recordDomainEvent(tx, { entityType: 'project-milestone', entityId: id, action: 'delete', before: auditView(before) });
  });
}
