import { and, asc, eq, max } from 'drizzle-orm';
import { isUniqueViolation } from '../../../db/unique-violation.ts';
import { updateVersioned } from '../../../db/versioned-update.ts';
import { actorUserId } from '../../../shared/actor.ts';
import { inTransaction, type ServiceContext } from '../../../shared/context.ts';
import { duplicate, invalid, notFound } from '../../../shared/errors.ts';
import { recordDomainEvent } from '../../domain-events/index.ts';
import { milestoneStatesOf } from './milestone-states.ts';
import { organisationNames, requireConsortiumMember, requireProjectReader, requireWorkPlanEditor } from './work-plan-access.ts';
import type { CreateWorkPackageRequest, UpdateWorkPackageRequest, WorkPackage } from './work-plan.schemas.ts';
import { projectWorkPackages } from './work-plan.table.ts';
import { brusselsDate, workPackageProgress } from './work-plan-status.ts';

type WorkPackageRow = typeof projectWorkPackages.$inferSelect;

async function present(ctx: ServiceContext, rows: WorkPackageRow[], projectId: string, now: Date): Promise<WorkPackage[]> {
  const milestones = await milestoneStatesOf(ctx, projectId);
  const names = await organisationNames(
    ctx,
    rows.map((r) => r.leadOrganisationId),
  );
  const today = brusselsDate(now);
  return rows.map((r) => ({
    id: r.id,
    projectId: r.projectId,
    number: r.number,
    title: r.title,
    description: r.description,
    leadOrganisation: r.leadOrganisationId ? (names.get(r.leadOrganisationId) ?? null) : null,
    startsOn: r.startsOn,
    endsOn: r.endsOn,
    status: r.status,
    progress: workPackageProgress(r, milestones, today),
    version: r.version,
    updatedAt: r.updatedAt.toISOString(),
  }));
}

const auditView = ({ updatedAt: _u, progress: _p, ...rest }: WorkPackage) => rest;

function checkDates(startsOn: string | null | undefined, endsOn: string | null | undefined) {
  if (startsOn && endsOn && endsOn < startsOn) {
    throw invalid([{ path: 'endsOn', rule: 'after_start', message: 'The end cannot be before the start.' }]);
  }
}

async function findRow(ctx: ServiceContext, projectId: string, id: string): Promise<WorkPackageRow> {
  const [row] = await ctx.db
    .select()
    .from(projectWorkPackages)
    .where(and(eq(projectWorkPackages.id, id), eq(projectWorkPackages.projectId, projectId)));
  if (!row) throw notFound('The work package');
  return row;
}

async function requireFreeNumber(ctx: ServiceContext, projectId: string, number: number, exceptId?: string) {
  const [taken] = await ctx.db
    .select({ id: projectWorkPackages.id })
    .from(projectWorkPackages)
    .where(and(eq(projectWorkPackages.projectId, projectId), eq(projectWorkPackages.number, number)));
  if (taken && taken.id !== exceptId) throw duplicate('number', `Work package ${number} exists already.`);
}

// Two editors adding a package at once may pick the same number: the unique index decides.
async function numberUnique<T>(number: number, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (err) {
    if (isUniqueViolation(err)) throw duplicate('number', `Work package ${number} exists already.`);
    throw err;
  }
}

export async function listWorkPackages(ctx: ServiceContext, projectId: string, options: { now?: Date } = {}): Promise<WorkPackage[]> {
  await requireProjectReader(ctx, projectId);
  const rows = await ctx.db.select().from(projectWorkPackages).where(eq(projectWorkPackages.projectId, projectId)).orderBy(asc(projectWorkPackages.number));
  return present(ctx, rows, projectId, options.now ?? new Date());
}

export async function createWorkPackage(ctx: ServiceContext, projectId: string, input: CreateWorkPackageRequest): Promise<WorkPackage> {
  return inTransaction(ctx, async (tx) => {
    const facts = await requireWorkPlanEditor(tx, projectId);
    requireConsortiumMember(facts, 'leadOrganisationId', input.leadOrganisationId);
    checkDates(input.startsOn, input.endsOn);
    let number = input.number;
    if (number === undefined) {
      const [{ highest }] = await tx.db
        .select({ highest: max(projectWorkPackages.number) })
        .from(projectWorkPackages)
        .where(eq(projectWorkPackages.projectId, projectId));
      number = (highest ?? 0) + 1;
    } else await requireFreeNumber(tx, projectId, number);
    const [row] = await numberUnique(number, () =>
      tx.db
        .insert(projectWorkPackages)
        .values({
          projectId,
          number,
          title: input.title,
          description: input.description ?? '',
          leadOrganisationId: input.leadOrganisationId ?? null,
          startsOn: input.startsOn ?? null,
          endsOn: input.endsOn ?? null,
          status: input.status ?? 'planned',
          updatedBy: actorUserId(ctx.actor),
        })
        .returning(),
    );
    const [created] = await present(tx, [row], projectId, new Date());
    await recordDomainEvent(tx, { entityType: 'project-work-package', entityId: row.id, action: 'create', after: auditView(created) });
    return created;
  });
}

export async function updateWorkPackage(ctx: ServiceContext, projectId: string, id: string, input: UpdateWorkPackageRequest): Promise<WorkPackage> {
  return inTransaction(ctx, async (tx) => {
    const facts = await requireWorkPlanEditor(tx, projectId);
    const current = await findRow(tx, projectId, id);
    const [before] = await present(tx, [current], projectId, new Date());
    requireConsortiumMember(facts, 'leadOrganisationId', input.leadOrganisationId);
    const startsOn = input.startsOn === undefined ? current.startsOn : input.startsOn;
    const endsOn = input.endsOn === undefined ? current.endsOn : input.endsOn;
    checkDates(startsOn, endsOn);
    if (input.number !== undefined && input.number !== current.number) await requireFreeNumber(tx, projectId, input.number, id);
    const row = await numberUnique(input.number ?? current.number, () =>
      updateVersioned(tx, projectWorkPackages, 'The work package', id, input.version, {
        number: input.number,
        title: input.title,
        description: input.description,
        leadOrganisationId: input.leadOrganisationId,
        startsOn,
        endsOn,
        status: input.status,
      }),
    );
    const [after] = await present(tx, [row], projectId, new Date());
    await recordDomainEvent(tx, { entityType: 'project-work-package', entityId: id, action: 'update', before: auditView(before), after: auditView(after) });
    return after;
  });
}

/** Its milestones stay in the plan, without a work package (the foreign key sets it null). */
export async function deleteWorkPackage(ctx: ServiceContext, projectId: string, id: string): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    await requireWorkPlanEditor(tx, projectId);
    const [before] = await present(tx, [await findRow(tx, projectId, id)], projectId, new Date());
    await tx.db.delete(projectWorkPackages).where(eq(projectWorkPackages.id, id));
    await recordDomainEvent(tx, { entityType: 'project-work-package', entityId: id, action: 'delete', before: auditView(before) });
  });
}
