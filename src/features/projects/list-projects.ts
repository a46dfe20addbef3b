import { sql, type SQL } from 'drizzle-orm';
import { isAdmin } from '../../shared/actor.ts';
import type { ServiceContext } from '../../shared/context.ts';
import { unauthenticated } from '../../shared/errors.ts';
import { isUuid } from '../../shared/uuid.ts';
import { canManageProject } from './project-policy.ts';
import { nextStages } from './project-stages.ts';
import type { ProjectListQuery, ProjectListResponse, ProjectSummary } from './projects.schemas.ts';
import { projectStages, type ProjectStage } from './projects.table.ts';
import { storedCallsSubquery } from '../calls/index.ts';
import { citySummariesSubquery } from '../cities/index.ts';
import { organisationSummariesSubquery } from '../organisations/index.ts';
import { partnershipCityRowsSubquery, partnershipHasCitySql, partnershipNamesSubquery } from '../partnerships/index.ts';

interface Row {
  id: string;
  title: string;
  acronym: string | null;
  stage: ProjectStage;
  partnership_id: string;
  partnership_key: string;
  partnership_name: string;
  call_identifier: string | null;
  call_title: string | null;
  call_deadline_at: Date | string | null;
  requested_amount: string | null;
  stage_changed_at: Date | string;
  version: number;
  budget_total: string | null;
  consortium_size: number;
  consortium_cities: { id: string; key: string; name: string; country: string; position: number }[] | string | null;
  consortium_organisations: string[] | null;
  partnership_city_ids: string[] | null;
}

const iso = (v: Date | string | null) => (v === null ? null : new Date(v).toISOString());

/**
 * The projects the caller may read (admins all; others those of partnerships their city belongs
 * to and those their organisation is a consortium member of), filtered, for the board and the
 * list, at most `limit` of them; with the counts per stage for the board's column headers and the
 * number matching, so that a reader whose list was cut learns that it was.
 */
export async function listProjects(ctx: ServiceContext, query: ProjectListQuery): Promise<ProjectListResponse> {
  const actor = ctx.actor;
  if (actor.kind === 'anonymous') throw unauthenticated();
  const conditions: SQL[] = [];
  // Partnerships, calls, cities and organisations through their owners' fragments and subqueries,
  // which PostgreSQL flattens: one statement each, planned as with the tables named directly.
  const ofPartnership = sql`p.partnership_id`;
  if (!isAdmin(actor) && actor.kind === 'user') {
    conditions.push(sql`(
      ${partnershipHasCitySql(ofPartnership, actor.cityId)}
      OR EXISTS (SELECT 1 FROM project_partners pp WHERE pp.project_id = p.id AND pp.organisation_id = ${actor.organisationId}))`);
  }
  if (query.partnership)
    conditions.push(isUuid(query.partnership) ? sql`(pa.id = ${query.partnership} OR pa.key = ${query.partnership})` : sql`pa.key = ${query.partnership}`);
  if (query.city) conditions.push(partnershipHasCitySql(ofPartnership, query.city));
  if (query.call) conditions.push(sql`fc.identifier = ${query.call}`);
  const where = conditions.length ? sql.join(conditions, sql` AND `) : sql`true`;
  const from = sql`FROM projects p JOIN ${partnershipNamesSubquery('pa')} ON pa.id = p.partnership_id LEFT JOIN ${storedCallsSubquery('fc')} ON fc.id = p.call_id`;

  // Counted over every readable project (the stage filter aside, so that each board column tells
  // its own number), however many the page holds.
  const counted = (await ctx.db.execute(sql`SELECT p.stage, count(*)::int AS n ${from} WHERE ${where} GROUP BY p.stage`)) as unknown as {
    rows: { stage: ProjectStage; n: number }[];
  };
  const stageCounts: Record<string, number> = Object.fromEntries(projectStages.map((s) => [s, 0]));
  for (const r of counted.rows) stageCounts[r.stage] = Number(r.n);
  const total = query.stage ? stageCounts[query.stage] : Object.values(stageCounts).reduce((a, b) => a + b, 0);
  const pageWhere = query.stage ? sql`${where} AND p.stage = ${query.stage}` : where;

  const result = (await ctx.db.execute(sql`
    SELECT p.id, p.title, p.acronym, p.stage, p.call_deadline_at, p.requested_amount, p.stage_changed_at, p.version,
           pa.id AS partnership_id, pa.key AS partnership_key, pa.name AS partnership_name,
           fc.identifier AS call_identifier, fc.title AS call_title,
           (SELECT sum(pp.budget) FROM project_partners pp WHERE pp.project_id = p.id)::text AS budget_total,
           (SELECT count(*) FROM project_partners pp WHERE pp.project_id = p.id)::int AS consortium_size,
           (SELECT json_agg(json_build_object('id', c.id, 'key', c.key, 'name', c.name, 'country', c.country, 'position', coalesce(pc.position, 999)) ORDER BY coalesce(pc.position, 999), c.name)
              FROM ${citySummariesSubquery('c')} LEFT JOIN ${partnershipCityRowsSubquery('pc')} ON pc.partnership_id = p.partnership_id AND pc.city_id = c.id
              WHERE c.id IN (SELECT o.city_id FROM project_partners pp JOIN ${organisationSummariesSubquery('o')} ON o.id = pp.organisation_id WHERE pp.project_id = p.id)) AS consortium_cities,
           ARRAY(SELECT pp.organisation_id::text FROM project_partners pp WHERE pp.project_id = p.id) AS consortium_organisations,
           ARRAY(SELECT pc.city_id::text FROM ${partnershipCityRowsSubquery('pc')} WHERE pc.partnership_id = p.partnership_id) AS partnership_city_ids
    ${from}
    WHERE ${pageWhere}
    ORDER BY p.call_deadline_at ASC NULLS LAST, p.stage_changed_at DESC, p.id
    LIMIT ${query.limit}`)) as unknown as { rows: Row[] };

  const items: ProjectSummary[] = [];
  for (const r of result.rows) {
    type CityJson = { id: string; key: string; name: string; country: string };
    const cities: CityJson[] = typeof r.consortium_cities === 'string' ? JSON.parse(r.consortium_cities) : (r.consortium_cities ?? []);
    const canManage = canManageProject(actor, {
      partnershipCityIds: r.partnership_city_ids ?? [],
      consortiumOrganisationIds: r.consortium_organisations ?? [],
    });
    items.push({
      id: r.id,
      title: r.title,
      acronym: r.acronym,
      stage: r.stage,
      partnership: { id: r.partnership_id, key: r.partnership_key, name: r.partnership_name },
      call: r.call_identifier ? { identifier: r.call_identifier, title: r.call_title ?? '' } : null,
      callDeadlineAt: iso(r.call_deadline_at),
      consortiumCities: cities.map((c) => ({ id: c.id, key: c.key, name: c.name, country: c.country.trim() })),
      consortiumSize: Number(r.consortium_size),
      budgetTotal: Number(r.budget_total ?? 0),
      requestedAmount: r.requested_amount === null ? null : Number(r.requested_amount),
      stageChangedAt: iso(r.stage_changed_at)!,
      nextStages: canManage ? [...nextStages(r.stage)] : [],
      canManage,
      can: { manage: canManage },
      version: r.version,
    });
  }
  return { items, total, stageCounts };
}
