import { eq, max } from 'drizzle-orm';
import { updateVersioned } from '../../db/versioned-update.ts';
import { actorUserId } from '../../shared/actor.ts';
import { inTransaction, type ServiceContext } from '../../shared/context.ts';
import { invalid } from '../../shared/errors.ts';
import type { LocalisedTexts } from '../../shared/localised-texts.schemas.ts';
import type { UiLocale } from '../../shared/locales.ts';
import { isUuid } from '../../shared/uuid.ts';
import { recordDomainEvent } from '../domain-events/index.ts';
import type { CreateMeasureRequest, ProgrammeMeasure, UpdateMeasureRequest } from './action-programmes.schemas.ts';
import { programmeMeasures } from './action-programmes.table.ts';
import { findGoalRow, findMeasureRow, findProgrammeRow, requireProgrammeEditor } from './programme-access.ts';
import { presentPart } from './programme-parts-present.ts';
import { measureSnapshot } from './programme-snapshots.ts';
import { programmeLanguage } from './programme-tree.ts';
import { checkPeriod } from './programme-writes.ts';
import { checkMeasureReferences, measureColumns, measureKey, replaceMeasureParts } from './measure-checks.ts';

const titleText = (title: LocalisedTexts, lang: UiLocale) => title[lang] ?? Object.values(title).find((t) => !!t) ?? 'measure';

/** Adds a measure to a goal, with its responsibles, indicators and projects. */
export async function createMeasure(ctx: ServiceContext, goalId: string, input: CreateMeasureRequest, lang: UiLocale): Promise<ProgrammeMeasure> {
  return inTransaction(ctx, async (tx) => {
    const goal = await findGoalRow(tx, goalId);
    const programme = await findProgrammeRow(tx, goal.programmeId);
    const cityIds = await requireProgrammeEditor(tx, programme.partnershipId);
    checkPeriod(input.startsOn, input.endsOn);
    await checkMeasureReferences(tx, input, programme.partnershipId, cityIds);
    const textLang = programmeLanguage(programme);
    const key = await measureKey(tx, programme.id, input.key, titleText(input.title, textLang));
    const [{ last }] = await tx.db
      .select({ last: max(programmeMeasures.position) })
      .from(programmeMeasures)
      .where(eq(programmeMeasures.goalId, goal.id));
    const [row] = await tx.db
      .insert(programmeMeasures)
      .values({
        goalId: goal.id,
        key,
        ...measureColumns(input, textLang),
        position: input.position ?? (last === null ? 0 : last + 1),
        updatedBy: actorUserId(ctx.actor),
      })
      .returning();
    await replaceMeasureParts(tx, row.id, input, textLang);
    await recordDomainEvent(tx, {
      entityType: 'programme-measure',
      entityId: row.id,
      action: 'create',
      after: await measureSnapshot(tx, row, programme.id, textLang),
    });
    return (await presentPart(tx, programme.id, lang)).measure(row.id);
  });
}

/**
 * Edits a measure (its responsibles, indicators and projects are replaced); both cities'
 * coordinators edit the same measures, so a stale version is a 409. `goalId` moves it to another
 * goal of the same programme; its key stays unless a new one is given.
 */
export async function updateMeasure(ctx: ServiceContext, id: string, input: UpdateMeasureRequest, lang: UiLocale): Promise<ProgrammeMeasure> {
  return inTransaction(ctx, async (tx) => {
    const current = await findMeasureRow(tx, id);
    const programme = await findProgrammeRow(tx, current.programmeId);
    const cityIds = await requireProgrammeEditor(tx, programme.partnershipId);
    checkPeriod(input.startsOn, input.endsOn);
    let goalId = current.goalId;
    if (input.goalId && input.goalId !== current.goalId) {
      const target = isUuid(input.goalId) ? await findGoalRow(tx, input.goalId).catch(() => null) : null;
      if (!target || target.programmeId !== programme.id) {
        throw invalid([{ path: 'goalId', rule: 'other_programme', message: 'A measure moves only to another goal of its own programme.' }]);
      }
      goalId = target.id;
    }
    await checkMeasureReferences(tx, input, programme.partnershipId, cityIds);
    const textLang = programmeLanguage(programme);
    const before = await measureSnapshot(tx, current, programme.id, textLang);
    const key = input.key ? await measureKey(tx, programme.id, input.key, '', id) : current.key;
    const row = await updateVersioned(tx, programmeMeasures, 'The measure', id, input.version, {
      goalId,
      key,
      ...measureColumns(input, textLang),
      position: input.position ?? current.position,
    });
    await replaceMeasureParts(tx, id, input, textLang);
    const after = await measureSnapshot(tx, row, programme.id, textLang);
    await recordDomainEvent(tx, { entityType: 'programme-measure', entityId: id, action: 'update', before, after });
    return (await presentPart(tx, programme.id, lang)).measure(id);
  });
}

/** Deletes a measure (activities that named it keep going without it). */
export async function deleteMeasure(ctx: ServiceContext, id: string): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const current = await findMeasureRow(tx, id);
    const programme = await findProgrammeRow(tx, current.programmeId);
    await requireProgrammeEditor(tx, programme.partnershipId);
    const before = await measureSnapshot(tx, current, programme.id, programmeLanguage(programme));
    await tx.db.delete(programmeMeasures).where(eq(programmeMeasures.id, id));
    await recordDomainEvent(tx, { entityType: 'programme-measure', entityId: id, action: 'delete', before });
  });
}
