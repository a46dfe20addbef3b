import { and, asc, eq } from 'drizzle-orm';
import { updateVersioned } from '../../../db/versioned-update.ts';
import { actorUserId } from '../../../shared/actor.ts';
import { inTransaction, type ServiceContext } from '../../../shared/context.ts';
import { notFound } from '../../../shared/errors.ts';
import { recordDomainEvent } from '../../domain-events/index.ts';
import { indicatorProgress } from './indicator-progress.ts';
import { requireProjectReader, requireWorkPlanEditor } from './work-plan-access.ts';
import type { CreateIndicatorRequest, ProjectIndicator, UpdateIndicatorRequest } from './work-plan.schemas.ts';
import { projectIndicators } from './work-plan.table.ts';

type IndicatorRow = typeof projectIndicators.$inferSelect;

// numeric comes back as a string on both engines; the API speaks numbers.
const num = (v: string) => Number(v);
const toNumeric = (v: number | null | undefined) => (v === undefined ? undefined : v === null ? null : String(v));

function present(r: IndicatorRow): ProjectIndicator {
  const baseline = num(r.baseline);
  const target = num(r.target);
  const achieved = r.achieved === null ? null : num(r.achieved);
  return {
    id: r.id,
    projectId: r.projectId,
    outcome: r.outcome,
    indicator: r.indicator,
    unit: r.unit,
    baseline,
    target,
    achieved,
    progress: indicatorProgress(baseline, target, achieved),
    version: r.version,
    updatedAt: r.updatedAt.toISOString(),
  };
}

const auditView = ({ updatedAt: _u, progress: _p, ...rest }: ProjectIndicator) => rest;

async function findRow(ctx: ServiceContext, projectId: string, id: string): Promise<IndicatorRow> {
  const [row] = await ctx.db
    .select()
    .from(projectIndicators)
    .where(and(eq(projectIndicators.id, id), eq(projectIndicators.projectId, projectId)));
  if (!row) throw notFound('The indicator');
  return row;
}

export async function listIndicators(ctx: ServiceContext, projectId: string): Promise<ProjectIndicator[]> {
  await requireProjectReader(ctx, projectId);
  const rows = await ctx.db
    .select()
    .from(projectIndicators)
    .where(eq(projectIndicators.projectId, projectId))
    .orderBy(asc(projectIndicators.createdAt), asc(projectIndicators.id));
  return rows.map(present);
}

export async function createIndicator(ctx: ServiceContext, projectId: string, input: CreateIndicatorRequest): Promise<ProjectIndicator> {
  return inTransaction(ctx, async (tx) => {
    await requireWorkPlanEditor(tx, projectId);
    const [row] = await tx.db
      .insert(projectIndicators)
      .values({
        projectId,
        outcome: input.outcome,
        indicator: input.indicator,
        unit: input.unit ?? '',
        baseline: String(input.baseline ?? 0),
        target: String(input.target),
        achieved: toNumeric(input.achieved) ?? null,
        updatedBy: actorUserId(ctx.actor),
      })
      .returning();
    const created = present(row);
    await recordDomainEvent(tx, { entityType: 'project-indicator', entityId: row.id, action: 'create', after: auditView(created) });
    return created;
  });
}

export async function updateIndicator(ctx: ServiceContext, projectId: string, id: string, input: UpdateIndicatorRequest): Promise<ProjectIndicator> {
  return inTransaction(ctx, async (tx) => {
    await requireWorkPlanEditor(tx, projectId);
    const before = present(await findRow(tx, projectId, id));
    const row = await updateVersioned(tx, projectIndicators, 'The indicator', id, input.version, {
      outcome: input.outcome,
      indicator: input.indicator,
      unit: input.unit,
      baseline: toNumeric(input.baseline) ?? undefined,
      target: toNumeric(input.target) ?? undefined,
      achieved: toNumeric(input.achieved),
    });
    const after = present(row);
    await recordDomainEvent(tx, { entityType: 'project-indicator', entityId: id, action: 'update', before: auditView(before), after: auditView(after) });
    return after;
  });
}

export async function deleteIndicator(ctx: ServiceContext, projectId: string, id: string): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    await requireWorkPlanEditor(tx, projectId);
    const before = present(await findRow(tx, projectId, id));
    await tx.db.delete(projectIndicators).where(eq(projectIndicators.id, id));
    await recordDomainEvent(tx, { entityType: 'project-indicator', entityId: id, action: 'delete', before: auditView(before) });
  });
}
