import { asc, eq, inArray } from 'drizzle-orm';
import type { ServiceContext } from '../../shared/context.ts';
import { cityNames } from '../cities/index.ts';
import { organisationNames } from '../organisations/index.ts';
import { partnershipNames } from '../partnerships/index.ts';
import { actionProgrammes, measureIndicators, measureResponsibles, programmeFields, programmeGoals, programmeMeasures } from './action-programmes.table.ts';
import { canonicalProgramme, type ProgrammeFileRecord } from './interchange-programmes-record.ts';

/** A stored programme in its interchange form, with the ids the importer updates in place. */
export interface StoredProgramme {
  id: string;
  version: number;
  record: ProgrammeFileRecord;
  /** Field ids by theme key; goal ids by `theme/position`; measure ids (and versions) by key. */
  fieldIds: Map<string, string>;
  goalIds: Map<string, string>;
  measureIds: Map<string, string>;
}

const num = (value: string | null) => (value === null ? undefined : Number(value));

/** The programmes (those with these keys; without keys, all) in their interchange form, by key. */
export async function loadProgrammeRecords(ctx: ServiceContext, keys?: string[]): Promise<Map<string, StoredProgramme>> {
  if (keys && !keys.length) return new Map();
  const rows = await ctx.db
    .select()
    .from(actionProgrammes)
    .where(keys ? inArray(actionProgrammes.key, keys) : undefined)
    .orderBy(asc(actionProgrammes.key));
  if (!rows.length) return new Map();
  const fields = await ctx.db
    .select()
    .from(programmeFields)
    .where(
      inArray(
        programmeFields.programmeId,
        rows.map((r) => r.id),
      ),
    )
    .orderBy(asc(programmeFields.position), asc(programmeFields.themeKey));
  const goals = fields.length
    ? await ctx.db
        .select()
        .from(programmeGoals)
        .where(
          inArray(
            programmeGoals.fieldId,
            fields.map((f) => f.id),
          ),
        )
        .orderBy(asc(programmeGoals.position), asc(programmeGoals.createdAt))
    : [];
  const measures = goals.length
    ? await ctx.db
        .select()
        .from(programmeMeasures)
        .where(
          inArray(
            programmeMeasures.goalId,
            goals.map((g) => g.id),
          ),
        )
        .orderBy(asc(programmeMeasures.position), asc(programmeMeasures.key))
    : [];
  const measureIdList = measures.map((m) => m.id);
  const responsibles = measureIdList.length
    ? await ctx.db.select().from(measureResponsibles).where(inArray(measureResponsibles.measureId, measureIdList)).orderBy(asc(measureResponsibles.position))
    : [];
  const indicators = measureIdList.length
    ? await ctx.db.select().from(measureIndicators).where(inArray(measureIndicators.measureId, measureIdList)).orderBy(asc(measureIndicators.position))
    : [];
  const keyMap = (list: { id: string; key: string }[]) => new Map(list.map((r) => [r.id, r.key]));
  const cityIds = [...new Set(responsibles.map((r) => r.cityId))];
  const orgIds = [...new Set(responsibles.flatMap((r) => (r.organisationId ? [r.organisationId] : [])))];
  const cityKeys = cityIds.length ? keyMap(await cityNames(ctx, 'id', cityIds)) : new Map<string, string>();
  const orgKeys = orgIds.length ? keyMap(await organisationNames(ctx, 'id', orgIds)) : new Map<string, string>();
  const partnershipKeys = keyMap(await partnershipNames(ctx, 'id', [...new Set(rows.map((r) => r.partnershipId))]));

  const result = new Map<string, StoredProgramme>();
  for (const row of rows) {
    const partnership = partnershipKeys.get(row.partnershipId);
    if (!partnership) continue;
    const fieldIds = new Map<string, string>();
    const goalIds = new Map<string, string>();
    const measureIds = new Map<string, string>();
    const ownFields = fields.filter((f) => f.programmeId === row.id);
    const record = canonicalProgramme({
      key: row.key,
      partnership,
      title: row.title,
      summary: row.summary,
      originalLang: row.originalLang ?? undefined,
      startsOn: row.startsOn,
      endsOn: row.endsOn,
      fields: ownFields.map((f) => {
        fieldIds.set(f.themeKey, f.id);
        return {
          theme: f.themeKey,
          description: f.description,
          goals: goals
            .filter((g) => g.fieldId === f.id)
            .map((g, position) => {
              goalIds.set(`${f.themeKey}/${position}`, g.id);
              return {
                title: g.title,
                description: g.description,
                measures: measures
                  .filter((m) => m.goalId === g.id)
                  .map((m) => {
                    measureIds.set(m.key, m.id);
                    return {
                      key: m.key,
                      title: m.title,
                      description: m.description,
                      startsOn: m.startsOn ?? undefined,
                      endsOn: m.endsOn ?? undefined,
                      budget: num(m.budget),
                      status: m.status,
                      progress: m.progress,
                      sdgTargets: m.sdgTargets,
                      responsibles: responsibles
                        .filter((r) => r.measureId === m.id && cityKeys.has(r.cityId))
                        .map((r) => ({
                          city: cityKeys.get(r.cityId)!,
                          organisation: r.organisationId ? orgKeys.get(r.organisationId) : undefined,
                          office: r.office ?? undefined,
                        })),
                      indicators: indicators
                        .filter((i) => i.measureId === m.id)
                        .map((i) => ({
                          name: i.name,
                          unit: i.unit,
                          baseline: num(i.baseline),
                          target: num(i.target),
                          achieved: num(i.achieved),
                          source: i.source ?? undefined,
                        })),
                    };
                  }),
              };
            }),
        };
      }),
    });
    result.set(row.key, { id: row.id, version: row.version, record, fieldIds, goalIds, measureIds });
  }
  return result;
}

/** Measure ids → (programme key, measure key), for the activities that name their measure. */
export async function measureKeysByIds(ctx: ServiceContext, ids: string[]): Promise<Map<string, { programme: string; measure: string }>> {
  if (!ids.length) return new Map();
  const rows = await ctx.db
    .select({ id: programmeMeasures.id, measure: programmeMeasures.key, programme: actionProgrammes.key })
    .from(programmeMeasures)
    .innerJoin(programmeGoals, eq(programmeGoals.id, programmeMeasures.goalId))
    .innerJoin(programmeFields, eq(programmeFields.id, programmeGoals.fieldId))
    .innerJoin(actionProgrammes, eq(actionProgrammes.id, programmeFields.programmeId))
    .where(inArray(programmeMeasures.id, ids));
  return new Map(rows.map((r) => [r.id, { programme: r.programme, measure: r.measure }]));
}

/** The measure keys of the stored programmes with these keys, by programme key (with each measure's id). */
export async function measureIdsOfProgrammes(ctx: ServiceContext, programmeKeys: string[]): Promise<Map<string, Map<string, string>>> {
  const result = new Map<string, Map<string, string>>();
  if (!programmeKeys.length) return result;
  const rows = await ctx.db
    .select({ id: programmeMeasures.id, measure: programmeMeasures.key, programme: actionProgrammes.key })
    .from(programmeMeasures)
    .innerJoin(programmeGoals, eq(programmeGoals.id, programmeMeasures.goalId))
    .innerJoin(programmeFields, eq(programmeFields.id, programmeGoals.fieldId))
    .innerJoin(actionProgrammes, eq(actionProgrammes.id, programmeFields.programmeId))
    .where(inArray(actionProgrammes.key, programmeKeys));
  for (const r of rows) result.set(r.programme, (result.get(r.programme) ?? new Map()).set(r.measure, r.id));
  return result;
}
