import { asc, eq } from 'drizzle-orm';
import type { ServiceContext } from '../../shared/context.ts';
import { notFound } from '../../shared/errors.ts';
import { callById, callStatusAt, nextDeadlineAt } from '../calls/index.ts';
import { citySummariesSubquery } from '../cities/index.ts';
import { organisationSummariesSubquery } from '../organisations/index.ts';
import { partnershipMembersSubquery, partnershipNames } from '../partnerships/index.ts';
import { userDisplayNameOf } from '../users/index.ts';
import { consortiumBudget } from './consortium-budget.ts';
import { canEditWorkPlan, canManageProject } from './project-policy.ts';
import { nextStages, submissionProblems } from './project-stages.ts';
import type { ConsortiumPartner, Project } from './projects.schemas.ts';
import { projectPartners, projects, projectStageEvents } from './projects.table.ts';
import { oneAfterAnother } from '../../db/one-after-another.ts';

export const toAmount = (v: string | null) => (v === null ? null : Number(v));
const iso = (d: Date | null) => (d ? d.toISOString() : null);
const citySummary = (c: { id: string; key: string; name: string; country: string }) => ({ id: c.id, key: c.key, name: c.name, country: c.country.trim() });

/** The consortium with each organisation's name and city, coordinator first. */
export async function loadConsortium(ctx: ServiceContext, projectId: string): Promise<ConsortiumPartner[]> {
  const organisation = organisationSummariesSubquery();
  const city = citySummariesSubquery();
  const rows = await ctx.db
    .select({
      p: projectPartners,
      o: { id: organisation.id, key: organisation.key, name: organisation.name, kind: organisation.kind },
      c: { id: city.id, key: city.key, name: city.name, country: city.country },
    })
    .from(projectPartners)
    .innerJoin(organisation, eq(organisation.id, projectPartners.organisationId))
    .innerJoin(city, eq(city.id, organisation.cityId))
    .where(eq(projectPartners.projectId, projectId))
    .orderBy(asc(projectPartners.createdAt), asc(projectPartners.id));
  const rank = { coordinator: 0, partner: 1, associated: 2 } as const;
  return rows
    .map(({ p, o, c }) => ({
      id: p.id,
      organisation: { ...o, city: citySummary(c) },
      role: p.role,
      budget: Number(p.budget),
      ownContribution: Number(p.ownContribution),
      note: p.note,
      version: p.version,
    }))
    .sort((a, b) => rank[a.role] - rank[b.role]);
}

/** The partnership's cities in display order. */
export async function loadPartnershipCities(ctx: ServiceContext, partnershipId: string) {
  const member = partnershipMembersSubquery(partnershipId);
  const city = citySummariesSubquery();
  const rows = await ctx.db
    .select({ id: city.id, key: city.key, name: city.name, country: city.country })
    .from(member)
    .innerJoin(city, eq(city.id, member.cityId))
    .orderBy(asc(member.position));
  return rows.map(citySummary);
}

/** Everything the detail page shows, with the caller's permissions. The caller checked read access. */
export async function projectDetail(ctx: ServiceContext, projectId: string, now = new Date()): Promise<Project> {
  const [row] = await ctx.db.select().from(projects).where(eq(projects.id, projectId));
  if (!row) throw notFound('The project');
  const [[partnership], partnershipCityList, consortium, events, call] = await oneAfterAnother(
    () => partnershipNames(ctx, 'id', [row.partnershipId]),
    () => loadPartnershipCities(ctx, row.partnershipId),
    () => loadConsortium(ctx, projectId),
    () =>
      ctx.db
        .select({ e: projectStageEvents, actor: userDisplayNameOf(projectStageEvents.actorId) })
        .from(projectStageEvents)
        .where(eq(projectStageEvents.projectId, projectId))
        .orderBy(asc(projectStageEvents.createdAt), asc(projectStageEvents.id)),
    async () => (row.callId ? callById(ctx, row.callId) : undefined),
  );
  // Timestamp arrays come back as strings on some drivers.
  const deadlineAts = (call?.deadlineAts ?? []).map((d) => new Date(d));
  const cityIds = partnershipCityList.map((c) => c.id);
  const facts = { partnershipCityIds: cityIds, consortiumOrganisationIds: consortium.map((p) => p.organisation.id) };
  const cityById = new Map(consortium.map((p) => [p.organisation.city.id, p.organisation.city]));
  const budget = consortiumBudget(
    consortium.map((p) => ({ partnerId: p.id, cityId: p.organisation.city.id, role: p.role, budget: p.budget, ownContribution: p.ownContribution })),
    cityIds,
  );
  const canManage = canManageProject(ctx.actor, facts);
  const mayEditWorkPlan = canEditWorkPlan(ctx.actor, facts);
  return {
    id: row.id,
    title: row.title,
    acronym: row.acronym,
    summary: row.summary,
    stage: row.stage,
    partnership: { ...partnership, cities: partnershipCityList },
    call: call
      ? {
          identifier: call.identifier,
          title: call.title,
          programmeCode: call.programmeCode,
          programmeName: call.programmeName,
          status: callStatusAt({ openingAt: call.openingAt, deadlineAts, portalStatus: call.portalStatus }, now),
          nextDeadlineAt: iso(nextDeadlineAt(deadlineAts, now)),
          deadlines: call.deadlines,
          url: call.url,
        }
      : null,
    callDeadlineAt: iso(row.callDeadlineAt),
    concepts: row.concepts,
    themes: row.themes,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    requestedAmount: toAmount(row.requestedAmount),
    awardedAmount: toAmount(row.awardedAmount),
    consortium,
    budget: {
      totals: budget.totals,
      perCity: budget.perCity.map(({ cityId, ...t }) => ({ city: cityById.get(cityId)!, ...t })),
      perRole: budget.perRole,
    },
    stageEvents: events.map(({ e, actor }) => ({ id: e.id, fromStage: e.fromStage, toStage: e.toStage, occurredOn: e.occurredOn, note: e.note, actor })),
    stageChangedAt: row.stageChangedAt.toISOString(),
    nextStages: canManage ? [...nextStages(row.stage)] : [],
    submissionProblems: submissionProblems(
      consortium.map((p) => ({ role: p.role, cityId: p.organisation.city.id })),
      cityIds,
    ),
    permissions: { canManage, canEditWorkPlan: mayEditWorkPlan },
    can: { manage: canManage, editWorkPlan: mayEditWorkPlan },
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}
