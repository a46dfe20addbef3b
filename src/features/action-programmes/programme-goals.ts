import { eq, max } from 'drizzle-orm';
import { updateVersioned } from '../../db/versioned-update.ts';
import { actorUserId } from '../../shared/actor.ts';
import { inTransaction, type ServiceContext } from '../../shared/context.ts';
import { storedTexts } from '../../shared/localised-texts.ts';
import type { UiLocale } from '../../shared/locales.ts';
import { recordDomainEvent } from '../domain-events/index.ts';
import type { CreateGoalRequest, ProgrammeGoal, UpdateGoalRequest } from './action-programmes.schemas.ts';
import { programmeGoals } from './action-programmes.table.ts';
import { findFieldRow, findGoalRow, findProgrammeRow, requireProgrammeEditor } from './programme-access.ts';
import { presentPart } from './programme-parts-present.ts';
import { goalSnapshot } from './programme-snapshots.ts';
import { programmeLanguage } from './programme-tree.ts';

/** Adds a goal to a field of action, last unless a position is given. */
export async function createGoal(ctx: ServiceContext, fieldId: string, input: CreateGoalRequest, lang: UiLocale): Promise<ProgrammeGoal> {
  return inTransaction(ctx, async (tx) => {
    const field = await findFieldRow(tx, fieldId);
    const programme = await findProgrammeRow(tx, field.programmeId);
    await requireProgrammeEditor(tx, programme.partnershipId);
    const textLang = programmeLanguage(programme);
    const [{ last }] = await tx.db
      .select({ last: max(programmeGoals.position) })
      .from(programmeGoals)
      .where(eq(programmeGoals.fieldId, field.id));
    const [row] = await tx.db
      .insert(programmeGoals)
      .values({
        fieldId: field.id,
        title: storedTexts(input.title, textLang),
        description: storedTexts(input.description, textLang),
        position: input.position ?? (last === null ? 0 : last + 1),
        updatedBy: actorUserId(ctx.actor),
      })
      .returning();
    await recordDomainEvent(tx, { entityType: 'programme-goal', entityId: row.id, action: 'create', after: goalSnapshot(row, programme.id, textLang) });
    return (await presentPart(tx, programme.id, lang)).goal(row.id);
  });
}

export async function updateGoal(ctx: ServiceContext, id: string, input: UpdateGoalRequest, lang: UiLocale): Promise<ProgrammeGoal> {
  return inTransaction(ctx, async (tx) => {
    const current = await findGoalRow(tx, id);
    const programme = await findProgrammeRow(tx, current.programmeId);
    await requireProgrammeEditor(tx, programme.partnershipId);
    const textLang = programmeLanguage(programme);
    const row = await updateVersioned(tx, programmeGoals, 'The goal', id, input.version, {
      title: storedTexts(input.title, textLang),
      description: storedTexts(input.description, textLang),
      position: input.position ?? current.position,
    });
    await recordDomainEvent(tx, {
      entityType: 'programme-goal',
      entityId: id,
      action: 'update',
      before: goalSnapshot(current, programme.id, textLang),
      after: goalSnapshot(row, programme.id, textLang),
    });
    return (await presentPart(tx, programme.id, lang)).goal(id);
  });
}

/** Deletes a goal with its measures. */
export async function deleteGoal(ctx: ServiceContext, id: string): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const current = await findGoalRow(tx, id);
    const programme = await findProgrammeRow(tx, current.programmeId);
    await requireProgrammeEditor(tx, programme.partnershipId);
    await tx.db.delete(programmeGoals).where(eq(programmeGoals.id, id));
    await recordDomainEvent(tx, {
      entityType: 'programme-goal',
      entityId: id,
      action: 'delete',
      before: goalSnapshot(current, programme.id, programmeLanguage(programme)),
    });
  });
}
