import type { ServiceContext } from '../../../shared/context.ts';
import { forbidden, invalid, notFound } from '../../../shared/errors.ts';
import { organisationNames as organisationsByIdOrKey } from '../../organisations/index.ts';
import { loadProjectFacts, type LoadedProjectFacts } from '../project-facts.ts';
import { canEditWorkPlan, canReadProject } from '../project-policy.ts';

/** Those who may not read a project learn nothing about it, not even that it exists (404). */
export async function requireProjectReader(ctx: ServiceContext, projectId: string): Promise<LoadedProjectFacts> {
  const facts = await loadProjectFacts(ctx, projectId);
  if (!canReadProject(ctx.actor, facts)) throw notFound('The project');
  return facts;
}

/** Readers without the right to write the work plan are told so (403). */
export async function requireWorkPlanEditor(ctx: ServiceContext, projectId: string): Promise<LoadedProjectFacts> {
  const facts = await requireProjectReader(ctx, projectId);
  if (!canEditWorkPlan(ctx.actor, facts)) {
    throw forbidden('Only the coordinators of the partnership cities and the editors of consortium organisations can change the work plan.');
  }
  return facts;
}

/** Leads and owners of work must be in the consortium: the plan describes the consortium's work. */
export function requireConsortiumMember(facts: LoadedProjectFacts, path: string, organisationId: string | null | undefined) {
  if (organisationId && !facts.consortiumOrganisationIds.includes(organisationId)) {
    throw invalid([{ path, rule: 'consortium_member', message: 'Choose an organisation of the project consortium.' }]);
  }
}

/** Names of the organisations a list refers to, in one query. */
export async function organisationNames(ctx: ServiceContext, ids: readonly (string | null)[]): Promise<Map<string, { id: string; name: string }>> {
  const wanted = [...new Set(ids.filter((id): id is string => !!id))];
  if (!wanted.length) return new Map();
  const rows = await organisationsByIdOrKey(ctx, 'id', wanted);
  return new Map(rows.map((r) => [r.id, { id: r.id, name: r.name }]));
}
