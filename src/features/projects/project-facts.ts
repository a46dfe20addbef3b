import { eq } from 'drizzle-orm';
import type { ServiceContext } from '../../shared/context.ts';
import { notFound } from '../../shared/errors.ts';
import { isUuid } from '../../shared/uuid.ts';
import { partnershipCityIds } from '../partnerships/index.ts';
import type { ProjectFacts } from './project-policy.ts';
import { projectPartners, projects } from './projects.table.ts';
import { oneAfterAnother } from '../../db/one-after-another.ts';

export type LoadedProjectFacts = ProjectFacts & { partnershipId: string };

/**
 * What the project policy needs, read in the caller's context (so inside its transaction when
 * there is one). A missing project is a 404, never a policy decision on empty facts.
 */
export async function loadProjectFacts(ctx: ServiceContext, projectId: string): Promise<LoadedProjectFacts> {
  if (!isUuid(projectId)) throw notFound('The project');
  const [project] = await ctx.db.select({ partnershipId: projects.partnershipId }).from(projects).where(eq(projects.id, projectId));
  if (!project) throw notFound('The project');
  const [cityIds, consortium] = await oneAfterAnother(
    () => partnershipCityIds(ctx, project.partnershipId),
    () => ctx.db.select({ organisationId: projectPartners.organisationId }).from(projectPartners).where(eq(projectPartners.projectId, projectId)),
  );
  return {
    partnershipId: project.partnershipId,
    partnershipCityIds: cityIds,
    consortiumOrganisationIds: consortium.map((c) => c.organisationId),
  };
}
