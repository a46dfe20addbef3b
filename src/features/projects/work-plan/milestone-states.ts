import { eq } from 'drizzle-orm';
import type { ServiceContext } from '../../../shared/context.ts';
import type { MilestoneState } from './work-plan-status.ts';
import { projectMilestones } from './work-plan.table.ts';

/** A project's milestones as work-package progress and the timeline read them. */
export function milestoneStatesOf(ctx: Pick<ServiceContext, 'db'>, projectId: string): Promise<MilestoneState[]> {
  return ctx.db
    .select({
      id: projectMilestones.id,
      workPackageId: projectMilestones.workPackageId,
      title: projectMilestones.title,
      dueOn: projectMilestones.dueOn,
      status: projectMilestones.status,
      doneOn: projectMilestones.doneOn,
    })
    .from(projectMilestones)
    .where(eq(projectMilestones.projectId, projectId));
}
