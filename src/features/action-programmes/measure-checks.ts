import { and, eq, like, ne, or, sql } from 'drizzle-orm';
import type { ServiceContext } from '../../shared/context.ts';
import { duplicate, invalid, type FieldError } from '../../shared/errors.ts';
import { storedTexts } from '../../shared/localised-texts.ts';
import type { UiLocale } from '../../shared/locales.ts';
import { keyFromName } from '../../shared/text-normalize.ts';
import { organisationNames } from '../organisations/index.ts';
import { projectsCarryingMeasures } from '../projects/index.ts';
import type { CreateMeasureRequest } from './action-programmes.schemas.ts';
import { measureIndicators, measureProjects, measureResponsibles, programmeFields, programmeGoals, programmeMeasures } from './action-programmes.table.ts';
import { firstFree } from './programme-writes.ts';

type MeasureInput = Omit<CreateMeasureRequest, 'key'>;

/**
 * What a measure may name: responsibles in the partnership's own cities, organisations that
 * exist, joint projects of the same partnership. Every problem is named by its path
 * (`responsibles.1.cityId`, `projectIds.0`), all at once.
 */
export async function checkMeasureReferences(ctx: ServiceContext, input: MeasureInput, partnershipId: string, partnershipCityIds: readonly string[]) {
  const fields: FieldError[] = [];
  const organisationIds = [...new Set(input.responsibles.flatMap((r) => (r.organisationId ? [r.organisationId] : [])))];
  const known = new Set(organisationIds.length ? (await organisationNames(ctx, 'id', organisationIds)).map((o) => o.id) : []);
  input.responsibles.forEach((r, i) => {
    if (!partnershipCityIds.includes(r.cityId)) {
      fields.push({ path: `responsibles.${i}.cityId`, rule: 'not_member', message: 'This city is not a member of the partnership.' });
    }
    if (r.organisationId && !known.has(r.organisationId)) {
      fields.push({ path: `responsibles.${i}.organisationId`, rule: 'unknown', message: 'There is no such organisation.' });
    }
  });
  const projects = new Map((await projectsCarryingMeasures(ctx, input.projectIds)).map((p) => [p.id, p]));
  input.projectIds.forEach((id, i) => {
    const project = projects.get(id);
    if (!project) fields.push({ path: `projectIds.${i}`, rule: 'unknown', message: 'There is no such project.' });
    else if (project.partnershipId !== partnershipId) {
      fields.push({ path: `projectIds.${i}`, rule: 'other_partnership', message: 'This project belongs to another partnership.' });
    }
  });
  if (fields.length) throw invalid(fields);
}

/** The keys of a programme's measures, except one (when it is being edited). */
async function measureKeysOfProgramme(ctx: ServiceContext, programmeId: string, like_?: string, exceptId?: string) {
  const rows = await ctx.db
    .select({ key: programmeMeasures.key })
    .from(programmeMeasures)
    .innerJoin(programmeGoals, eq(programmeGoals.id, programmeMeasures.goalId))
    .innerJoin(programmeFields, eq(programmeFields.id, programmeGoals.fieldId))
    .where(
      and(
        eq(programmeFields.programmeId, programmeId),
        like_ ? or(eq(programmeMeasures.key, like_), like(programmeMeasures.key, `${like_}-%`)) : undefined,
        exceptId ? ne(programmeMeasures.id, exceptId) : undefined,
      ),
    );
  return new Set(rows.map((r) => r.key));
}

/**
 * A measure's key, unique within its programme (interchange files name measures by it): a given
 * key that another measure has is a 409 naming key; without one it is made from the title.
 */
export async function measureKey(ctx: ServiceContext, programmeId: string, given: string | undefined, title: string, exceptId?: string): Promise<string> {
  // No constraint can say "unique within the programme" (it is two joins away): writers of one
  // programme's measure keys take their turn until their transaction ends.
  await ctx.db.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`programme-measure-keys:${programmeId}`}))`);
  if (given) {
    if ((await measureKeysOfProgramme(ctx, programmeId, given, exceptId)).has(given)) {
      throw duplicate('key', `Another measure of this programme has the key ${given}.`);
    }
    return given;
  }
  const base = keyFromName(title);
  return firstFree(base, await measureKeysOfProgramme(ctx, programmeId, base, exceptId));
}

/** Replaces a measure's responsibles, indicators and projects with those of the input. */
export async function replaceMeasureParts(ctx: ServiceContext, measureId: string, input: MeasureInput, lang: UiLocale) {
  await ctx.db.delete(measureResponsibles).where(eq(measureResponsibles.measureId, measureId));
  await ctx.db.delete(measureIndicators).where(eq(measureIndicators.measureId, measureId));
  await ctx.db.delete(measureProjects).where(eq(measureProjects.measureId, measureId));
  if (input.responsibles.length) {
    await ctx.db.insert(measureResponsibles).values(
      input.responsibles.map((r, position) => ({
        measureId,
        cityId: r.cityId,
        organisationId: r.organisationId ?? null,
        office: r.office ?? null,
        position,
      })),
    );
  }
  if (input.indicators.length) {
    const figure = (v: number | null | undefined) => (v === null || v === undefined ? null : String(v));
    await ctx.db.insert(measureIndicators).values(
      input.indicators.map((i, position) => ({
        measureId,
        name: storedTexts(i.name, lang),
        unit: i.unit,
        baseline: figure(i.baseline),
        target: figure(i.target),
        achieved: figure(i.achieved),
        source: i.source ?? null,
        position,
      })),
    );
  }
  const projectIds = [...new Set(input.projectIds)];
  if (projectIds.length) await ctx.db.insert(measureProjects).values(projectIds.map((projectId) => ({ measureId, projectId })));
}

/** The columns of a measure's own row. */
export function measureColumns(input: MeasureInput, lang: UiLocale) {
  return {
    title: storedTexts(input.title, lang),
    description: storedTexts(input.description, lang),
    startsOn: input.startsOn ?? null,
    endsOn: input.endsOn ?? null,
    budget: input.budget === null || input.budget === undefined ? null : String(input.budget),
    status: input.status,
    progress: input.progress,
    sdgTargets: [...new Set(input.sdgTargets)],
  };
}
