import type { ServiceContext } from '../../shared/context.ts';
import { requireReadableProject } from './project-access.ts';
import { projectDetail } from './project-detail.ts';
import type { Project } from './projects.schemas.ts';

/** One project with its consortium, budget, stage history and the caller's permissions. Readers (canReadProject); others 404. */
export async function getProject(ctx: ServiceContext, projectId: string, now = new Date()): Promise<Project> {
  await requireReadableProject(ctx, projectId);
  return projectDetail(ctx, projectId, now);
}
