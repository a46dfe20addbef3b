import { inArray } from 'drizzle-orm';
import type { ServiceContext } from '../../shared/context.ts';
import { partnershipCityIds } from '../partnerships/index.ts';
import { canReadProject } from './project-policy.ts';
import { projectPartners, projects } from './projects.table.ts';

/**
 * Joint projects named by an action programme's measures: each one's partnership (a measure may
 * only name projects of its own partnership) and whether the caller may read it (projects are not
 * public: the programme page names only those the reader may open). Unknown ids are left out.
 */
export async function projectsCarryingMeasures(
  ctx: ServiceContext,
  ids: readonly string[],
): Promise<{ id: string; title: string; partnershipId: string; readable: boolean }[]> {
  if (!ids.length) return [];
  const rows = await ctx.db
    .select({ id: projects.id, title: projects.title, partnershipId: projects.partnershipId })
    .from(projects)
    .where(inArray(projects.id, [...new Set(ids)]));
  if (!rows.length) return [];
  const consortia = await ctx.db
    .select({ projectId: projectPartners.projectId, organisationId: projectPartners.organisationId })
    .from(projectPartners)
    .where(
      inArray(
        projectPartners.projectId,
        rows.map((r) => r.id),
      ),
    );
  const citiesOf = new Map<string, string[]>();
  for (const partnershipId of new Set(rows.map((r) => r.partnershipId))) citiesOf.set(partnershipId, await partnershipCityIds(ctx, partnershipId));
  return rows.map((r) => ({
    ...r,
    readable: canReadProject(ctx.actor, {
      partnershipCityIds: citiesOf.get(r.partnershipId) ?? [],
      consortiumOrganisationIds: consortia.filter((c) => c.projectId === r.id).map((c) => c.organisationId),
    }),
  }));
}
