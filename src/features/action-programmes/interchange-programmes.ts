import { and, eq, inArray, notInArray, sql } from 'drizzle-orm';
import { updateVersioned } from '../../db/versioned-update.ts';
import { actorUserId } from '../../shared/actor.ts';
import type { ServiceContext } from '../../shared/context.ts';
import { AppError } from '../../shared/errors.ts';
import { cityNames } from '../cities/index.ts';
import { recordDomainEvent } from '../domain-events/index.ts';
import { organisationNames } from '../organisations/index.ts';
import { partnershipNames } from '../partnerships/index.ts';
import { actionProgrammes, measureIndicators, measureResponsibles, programmeFields, programmeGoals, programmeMeasures } from './action-programmes.table.ts';
import type { StoredProgramme } from './interchange-programmes-export.ts';
import { programmeSnapshot } from './programme-snapshots.ts';
import { canonicalProgramme, type ProgrammeFileMeasure, type ProgrammeFileRecord } from './interchange-programmes-record.ts';

export { loadProgrammeRecords, measureIdsOfProgrammes, measureKeysByIds, type StoredProgramme } from './interchange-programmes-export.ts';
export { canonicalProgramme, type ProgrammeFileRecord } from './interchange-programmes-record.ts';

function must(map: Map<string, string>, key: string, what: string): string {
  const id = map.get(key);
  if (!id) throw new AppError('invalid_document', 400, `The ${what} "${key}" is not known; nothing was imported.`);
  return id;
}

const decimal = (value: number | undefined) => (value === undefined ? null : String(value));

/**
 * Writes the programmes of an interchange file in the importer's transaction (the interchange
 * feature checked rights, schema and references). A programme equal to the stored one is left
 * alone; otherwise the file carries the whole programme: fields are matched by theme, goals by
 * position, measures by key and updated in place (so activities keep their measure), what the file
 * leaves out is removed, responsibles and indicators are replaced. One domain event per programme.
 */
export async function saveImportedProgrammes(
  tx: ServiceContext,
  list: { record: ProgrammeFileRecord; stored?: StoredProgramme }[],
): Promise<Map<string, 'created' | 'updated' | 'unchanged'>> {
  const outcome = new Map<string, 'created' | 'updated' | 'unchanged'>();
  if (!list.length) return outcome;
  const records = list.map((p) => canonicalProgramme(p.record));
  const measuresOf = (r: ProgrammeFileRecord) => (r.fields ?? []).flatMap((f) => (f.goals ?? []).flatMap((g) => g.measures ?? []));
  const responsibles = records.flatMap((r) => measuresOf(r).flatMap((m) => m.responsibles ?? []));
  const map = (rows: { id: string; key: string }[]) => new Map(rows.map((r) => [r.key, r.id]));
  const cityKeys = [...new Set(responsibles.map((r) => r.city))];
  const orgKeys = [...new Set(responsibles.flatMap((r) => (r.organisation ? [r.organisation] : [])))];
  const cityIds = cityKeys.length ? map(await cityNames(tx, 'key', cityKeys)) : new Map<string, string>();
  const orgIds = orgKeys.length ? map(await organisationNames(tx, 'key', orgKeys)) : new Map<string, string>();
  const partnershipIds = map(await partnershipNames(tx, 'key', [...new Set(records.map((r) => r.partnership))]));
  const userId = actorUserId(tx.actor);
  const edited = { updatedAt: sql`now()`, updatedBy: userId, version: sql`version + 1` };

  for (const [n, record] of records.entries()) {
    const stored = list[n]!.stored;
    if (stored && JSON.stringify(stored.record) === JSON.stringify(record)) {
      outcome.set(record.key, 'unchanged');
      continue;
    }
    const values = {
      partnershipId: must(partnershipIds, record.partnership, 'partnership'),
      title: record.title,
      summary: record.summary ?? [],
      originalLang: record.originalLang ?? null,
      startsOn: record.startsOn,
      endsOn: record.endsOn,
    };
    const [before] = stored ? await tx.db.select().from(actionProgrammes).where(eq(actionProgrammes.id, stored.id)) : [];
    const id = stored
      ? (await updateVersioned(tx, actionProgrammes, 'The programme', stored.id, stored.version, values)).id
      : (
          await tx.db
            .insert(actionProgrammes)
            .values({ key: record.key, ...values, updatedBy: userId })
            .returning({ id: actionProgrammes.id })
        )[0]!.id;

    const keptFields: string[] = [];
    const keptGoals: string[] = [];
    const keptMeasures: string[] = [];
    for (const [fieldPosition, field] of (record.fields ?? []).entries()) {
      const fieldValues = { description: field.description ?? [], position: fieldPosition };
      let fieldId = stored?.fieldIds.get(field.theme);
      if (fieldId)
        await tx.db
          .update(programmeFields)
          .set({ ...fieldValues, ...edited })
          .where(eq(programmeFields.id, fieldId));
      else
        fieldId = (
          await tx.db
            .insert(programmeFields)
            .values({ programmeId: id, themeKey: field.theme, ...fieldValues, updatedBy: userId })
            .returning({ id: programmeFields.id })
        )[0]!.id;
      keptFields.push(fieldId);
      for (const [goalPosition, goal] of (field.goals ?? []).entries()) {
        const goalValues = { title: goal.title, description: goal.description ?? [], position: goalPosition };
        let goalId = stored?.goalIds.get(`${field.theme}/${goalPosition}`);
        if (goalId)
          await tx.db
            .update(programmeGoals)
            .set({ ...goalValues, ...edited })
            .where(eq(programmeGoals.id, goalId));
        else
          goalId = (
            await tx.db
              .insert(programmeGoals)
              .values({ fieldId, ...goalValues, updatedBy: userId })
              .returning({ id: programmeGoals.id })
          )[0]!.id;
        keptGoals.push(goalId);
        for (const [measurePosition, measure] of (goal.measures ?? []).entries()) {
          keptMeasures.push(await saveMeasure(tx, goalId, measurePosition, measure, stored?.measureIds.get(measure.key), { cityIds, orgIds, userId, edited }));
        }
      }
    }
    // What the file leaves out goes: measures first (activities naming them keep their rows).
    if (stored) {
      const storedMeasures = [...stored.measureIds.values()].filter((m) => !keptMeasures.includes(m));
      if (storedMeasures.length) await tx.db.delete(programmeMeasures).where(inArray(programmeMeasures.id, storedMeasures));
      const storedGoals = [...stored.goalIds.values()].filter((g) => !keptGoals.includes(g));
      if (storedGoals.length) await tx.db.delete(programmeGoals).where(inArray(programmeGoals.id, storedGoals));
      await tx.db
        .delete(programmeFields)
        .where(keptFields.length ? and(eq(programmeFields.programmeId, id), notInArray(programmeFields.id, keptFields)) : eq(programmeFields.programmeId, id));
    }
    // The history of a programme is the programmes feature's (entity type "programme", its snapshot).
    const [after] = await tx.db.select().from(actionProgrammes).where(eq(actionProgrammes.id, id));
    await recordDomainEvent(tx, {
      entityType: 'programme',
      entityId: id,
      action: stored ? 'update' : 'create',
      ...(before && { before: programmeSnapshot(before) }),
      after: programmeSnapshot(after!),
    });
    outcome.set(record.key, stored ? 'updated' : 'created');
  }
  return outcome;
}

async function saveMeasure(
  tx: ServiceContext,
  goalId: string,
  position: number,
  measure: ProgrammeFileMeasure,
  storedId: string | undefined,
  refs: { cityIds: Map<string, string>; orgIds: Map<string, string>; userId: string | null; edited: Record<string, unknown> },
): Promise<string> {
  const values = {
    goalId,
    title: measure.title,
    description: measure.description ?? [],
    startsOn: measure.startsOn ?? null,
    endsOn: measure.endsOn ?? null,
    budget: decimal(measure.budget),
    status: measure.status,
    progress: measure.progress,
    sdgTargets: measure.sdgTargets ?? [],
    position,
  };
  let id = storedId;
  if (id) {
    await tx.db
      .update(programmeMeasures)
      .set({ ...values, ...refs.edited })
      .where(eq(programmeMeasures.id, id));
    await tx.db.delete(measureResponsibles).where(eq(measureResponsibles.measureId, id));
    await tx.db.delete(measureIndicators).where(eq(measureIndicators.measureId, id));
  } else {
    id = (
      await tx.db
        .insert(programmeMeasures)
        .values({ key: measure.key, ...values, updatedBy: refs.userId })
        .returning({ id: programmeMeasures.id })
    )[0]!.id;
  }
  const responsibles = (measure.responsibles ?? []).map((r, i) => ({
    measureId: id,
    cityId: must(refs.cityIds, r.city, 'city'),
    organisationId: r.organisation ? must(refs.orgIds, r.organisation, 'organisation') : null,
    office: r.office ?? null,
    position: i,
  }));
  if (responsibles.length) await tx.db.insert(measureResponsibles).values(responsibles);
  const indicators = (measure.indicators ?? []).map((x, i) => ({
    measureId: id,
    name: x.name,
    unit: x.unit ?? '',
    baseline: decimal(x.baseline),
    target: decimal(x.target),
    achieved: decimal(x.achieved),
    source: x.source ?? null,
    position: i,
  }));
  if (indicators.length) await tx.db.insert(measureIndicators).values(indicators);
  return id;
}
