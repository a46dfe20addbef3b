import { and, eq, inArray } from 'drizzle-orm';
import type { ServiceContext } from '../../../shared/context.ts';
import { recordLanguage, textsByLanguage } from '../../../shared/localised-texts.ts';
import { detectLanguage } from '../../tagging/index.ts';
import { partnershipCityIds as citiesOfPartnership } from '../../partnerships/index.ts';
import type { PartnershipTimelineEntry } from '../../partnerships/timeline-events.schemas.ts';
import { canReadProject } from '../project-policy.ts';
import { projectPartners, projects, projectStageEvents, type ProjectStage } from '../projects.table.ts';
import { projectMilestones } from './work-plan.table.ts';
import { oneAfterAnother } from '../../../db/one-after-another.ts';

/** Stages whose reaching is news for the partnership (idea → consortium → drafting is not). */
const newsworthyStages: readonly ProjectStage[] = ['submitted', 'funded', 'rejected', 'running', 'completed'];

/**
 * Who sees which project entries on the (public) partnership timeline:
 * - those who may read the project (canReadProject) see all of its entries;
 * - everyone else, the public included, sees a project only once it is funded, running or
 *   completed — then it is public news and no longer a draft under competition — and even then
 *   not a rejection it went through (a failed application stays the consortium's business).
 *   Before that, the project does not show at all.
 */
export const publicProjectStages: readonly ProjectStage[] = ['funded', 'running', 'completed'];

/** A project's single-language title and note in the timeline's per-language shape. */
function writtenTexts(title: string, description: string | null) {
  const lang = recordLanguage(null, [[{ text: title }], description ? [{ text: description }] : []], detectLanguage);
  return {
    title: textsByLanguage([{ text: title }], lang),
    description: description ? textsByLanguage([{ text: description }], lang) : {},
    originalLang: lang,
  };
}

/** The joint projects' entries for a partnership's timeline, as the caller may see them. */
export async function projectEntriesOfPartnership(
  ctx: ServiceContext,
  partnershipId: string,
  /** The member cities, when the caller has them (the partnership page): one read fewer. */
  knownCityIds?: readonly string[],
): Promise<PartnershipTimelineEntry[]> {
  const projectRows = await ctx.db
    .select({ id: projects.id, title: projects.title, stage: projects.stage })
    .from(projects)
    .where(eq(projects.partnershipId, partnershipId));
  if (!projectRows.length) return [];
  const projectIds = projectRows.map((p) => p.id);
  const [partnershipCityIds, consortium] = await oneAfterAnother(
    async () => (knownCityIds ? [...knownCityIds] : await citiesOfPartnership(ctx, partnershipId)),
    () =>
      ctx.db
        .select({ projectId: projectPartners.projectId, organisationId: projectPartners.organisationId })
        .from(projectPartners)
        .where(inArray(projectPartners.projectId, projectIds)),
  );
  const fullView = new Set<string>();
  const visible = projectRows.filter((p) => {
    const consortiumOrganisationIds = consortium.filter((c) => c.projectId === p.id).map((c) => c.organisationId);
    if (canReadProject(ctx.actor, { partnershipCityIds, consortiumOrganisationIds })) {
      fullView.add(p.id);
      return true;
    }
    return publicProjectStages.includes(p.stage);
  });
  if (!visible.length) return [];
  const byId = new Map(visible.map((p) => [p.id, p]));
  const visibleIds = [...byId.keys()];

  const [stageRows, milestoneRows] = await oneAfterAnother(
    () => ctx.db.select().from(projectStageEvents).where(inArray(projectStageEvents.projectId, visibleIds)),
    () =>
      ctx.db
        .select()
        .from(projectMilestones)
        .where(and(inArray(projectMilestones.projectId, visibleIds), eq(projectMilestones.status, 'done'))),
  );

  const entries: PartnershipTimelineEntry[] = [];
  for (const e of stageRows) {
    const project = byId.get(e.projectId)!;
    const started = e.fromStage === null;
    if (!started && !newsworthyStages.includes(e.toStage)) continue;
    if (e.toStage === 'rejected' && !fullView.has(project.id)) continue;
    entries.push({
      id: e.id,
      partnershipId,
      kind: started ? 'project-started' : 'project-stage',
      occurredOn: e.occurredOn,
      // Projects have one text field: shown as written, in the language it reads as.
      ...writtenTexts(project.title, fullView.has(project.id) ? e.note : null),
      // Notes on stage changes are internal (reviewers' feedback, budgets): readers only (above).
      version: 0,
      updatedAt: e.createdAt.toISOString(),
      // Changed on the project's page, never from the partnership's timeline.
      can: { edit: false, delete: false },
      projectId: project.id,
      projectTitle: project.title,
      projectStage: e.toStage,
    });
  }
  for (const m of milestoneRows) {
    const project = byId.get(m.projectId)!;
    entries.push({
      id: m.id,
      partnershipId,
      kind: 'project-milestone',
      occurredOn: m.doneOn!,
      ...writtenTexts(m.title, null),
      version: 0,
      updatedAt: m.updatedAt.toISOString(),
      can: { edit: false, delete: false },
      projectId: project.id,
      projectTitle: project.title,
    });
  }
  return entries;
}
