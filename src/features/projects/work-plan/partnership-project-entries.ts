import { eq, sql } from 'drizzle-orm';
import type { ServiceContext } from '../../../shared/context.ts';
import { recordLanguage, textsByLanguage } from '../../../shared/localised-texts.ts';
import { detectLanguage } from '../../tagging/index.ts';
import { partnershipCityIds as citiesOfPartnership } from '../../partnerships/index.ts';
import type { PartnershipTimelineEntry } from '../../partnerships/timeline-events.schemas.ts';
import { canReadProject } from '../project-policy.ts';
import { projects, type ProjectStage } from '../projects.table.ts';

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

// Correlated by the table's name: drizzle leaves a one-table select's columns unqualified.
const consortiumIds = sql<
  string[]
>`(SELECT coalesce(array_agg(pp.organisation_id::text), '{}') FROM project_partners pp WHERE pp.project_id = "projects"."id")`;
/** Timestamps come as JSON text: read with new Date(). */
const stageChanges = sql<{ id: string; fromStage: ProjectStage | null; toStage: ProjectStage; occurredOn: string; note: string | null; createdAt: string }[]>`(
  SELECT coalesce(json_agg(json_build_object('id', e.id, 'fromStage', e.from_stage, 'toStage', e.to_stage, 'occurredOn', e.occurred_on,
    'note', e.note, 'createdAt', e.created_at)), '[]'::json)
  FROM project_stage_events e WHERE e.project_id = "projects"."id")`;
const doneMilestones = sql<{ id: string; title: string; doneOn: string; updatedAt: string }[]>`(
  SELECT coalesce(json_agg(json_build_object('id', m.id, 'title', m.title, 'doneOn', m.done_on, 'updatedAt', m.updated_at)), '[]'::json)
  FROM project_milestones m WHERE m.project_id = "projects"."id" AND m.status = 'done')`;

/** The joint projects' entries for a partnership's timeline, as the caller may see them. */
export async function projectEntriesOfPartnership(
  ctx: ServiceContext,
  partnershipId: string,
  /** The member cities, when the caller has them (the partnership page): one read fewer. */
  knownCityIds?: readonly string[],
): Promise<PartnershipTimelineEntry[]> {
  // One statement: each project with its consortium, its stage changes and its done milestones
  // (the partnership page is read often; what the caller may not see is left out below).
  const projectRows = await ctx.db
    .select({ id: projects.id, title: projects.title, stage: projects.stage, consortium: consortiumIds, stages: stageChanges, milestones: doneMilestones })
    .from(projects)
    .where(eq(projects.partnershipId, partnershipId));
  if (!projectRows.length) return [];
  const partnershipCityIds = knownCityIds ? [...knownCityIds] : await citiesOfPartnership(ctx, partnershipId);
  const fullView = new Set<string>();
  const visible = projectRows.filter((p) => {
    if (canReadProject(ctx.actor, { partnershipCityIds, consortiumOrganisationIds: p.consortium })) {
      fullView.add(p.id);
      return true;
    }
    return publicProjectStages.includes(p.stage);
  });
  const stageRows = visible.flatMap((project) => project.stages.map((e) => ({ ...e, project })));
  const milestoneRows = visible.flatMap((project) => project.milestones.map((m) => ({ ...m, project })));

  const entries: PartnershipTimelineEntry[] = [];
  for (const { project, ...e } of stageRows) {
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
      updatedAt: new Date(e.createdAt).toISOString(),
      // Changed on the project's page, never from the partnership's timeline.
      can: { edit: false, delete: false },
      projectId: project.id,
      projectTitle: project.title,
      projectStage: e.toStage,
    });
  }
  for (const { project, ...m } of milestoneRows) {
    entries.push({
      id: m.id,
      partnershipId,
      kind: 'project-milestone',
      occurredOn: m.doneOn,
      ...writtenTexts(m.title, null),
      version: 0,
      updatedAt: new Date(m.updatedAt).toISOString(),
      can: { edit: false, delete: false },
      projectId: project.id,
      projectTitle: project.title,
    });
  }
  return entries;
}
