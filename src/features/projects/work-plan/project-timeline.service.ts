import { asc, eq } from 'drizzle-orm';
import type { ServiceContext } from '../../../shared/context.ts';
import { storedCallsSubquery } from '../../calls/index.ts';
import { projects, projectStageEvents } from '../projects.table.ts';
import { projectTimeline, type ProjectTimelineEntry } from './project-timeline.ts';
import { requireProjectReader } from './work-plan-access.ts';
import { milestoneStatesOf } from './milestone-states.ts';
import { projectWorkPackages } from './work-plan.table.ts';
import { oneAfterAnother } from '../../../db/one-after-another.ts';

/** Everything dated in one project, oldest first, for those who may read the project. */
export async function getProjectTimeline(ctx: ServiceContext, projectId: string): Promise<ProjectTimelineEntry[]> {
  await requireProjectReader(ctx, projectId);
  const call = storedCallsSubquery();
  const [[project], stageEvents, workPackages, milestones] = await oneAfterAnother(
    () =>
      ctx.db
        .select({ callDeadlineAt: projects.callDeadlineAt, callTitle: call.title })
        .from(projects)
        .leftJoin(call, eq(call.id, projects.callId))
        .where(eq(projects.id, projectId)),
    () =>
      ctx.db
        .select({
          id: projectStageEvents.id,
          fromStage: projectStageEvents.fromStage,
          toStage: projectStageEvents.toStage,
          occurredOn: projectStageEvents.occurredOn,
          note: projectStageEvents.note,
        })
        .from(projectStageEvents)
        .where(eq(projectStageEvents.projectId, projectId))
        .orderBy(asc(projectStageEvents.occurredOn), asc(projectStageEvents.createdAt)),
    () =>
      ctx.db
        .select({
          id: projectWorkPackages.id,
          number: projectWorkPackages.number,
          title: projectWorkPackages.title,
          startsOn: projectWorkPackages.startsOn,
          endsOn: projectWorkPackages.endsOn,
        })
        .from(projectWorkPackages)
        .where(eq(projectWorkPackages.projectId, projectId)),
    () => milestoneStatesOf(ctx, projectId),
  );
  return projectTimeline({
    stageEvents,
    workPackages,
    milestones,
    callDeadlineAt: project?.callDeadlineAt ?? null,
    callTitle: project?.callTitle ?? null,
  });
}
