import { and, eq, max } from 'drizzle-orm';
import { updateVersioned } from '../../db/versioned-update.ts';
import { actorUserId } from '../../shared/actor.ts';
import { inTransaction, type ServiceContext } from '../../shared/context.ts';
import { duplicate, invalid } from '../../shared/errors.ts';
import { storedTexts } from '../../shared/localised-texts.ts';
import type { UiLocale } from '../../shared/locales.ts';
import { recordDomainEvent } from '../domain-events/index.ts';
import { existingThemeKeys } from '../themes/index.ts';
import type { CreateFieldRequest, ProgrammeField, UpdateFieldRequest } from './action-programmes.schemas.ts';
import { programmeFields } from './action-programmes.table.ts';
import { findFieldRow, findProgrammeRow, requireProgrammeEditor } from './programme-access.ts';
import { presentPart } from './programme-parts-present.ts';
import { fieldSnapshot } from './programme-snapshots.ts';
import { programmeLanguage } from './programme-tree.ts';

/** Adds a field of action for a theme (one per theme and programme), last in the programme. */
export async function createField(ctx: ServiceContext, programmeIdOrKey: string, input: CreateFieldRequest, lang: UiLocale): Promise<ProgrammeField> {
  return inTransaction(ctx, async (tx) => {
    const programme = await findProgrammeRow(tx, programmeIdOrKey);
    await requireProgrammeEditor(tx, programme.partnershipId);
    if (!(await existingThemeKeys(tx, [input.themeKey])).has(input.themeKey)) {
      throw invalid([{ path: 'themeKey', rule: 'unknown_theme', message: `There is no theme ${input.themeKey}.` }]);
    }
    const [taken] = await tx.db
      .select({ id: programmeFields.id })
      .from(programmeFields)
      .where(and(eq(programmeFields.programmeId, programme.id), eq(programmeFields.themeKey, input.themeKey)));
    if (taken) throw duplicate('themeKey', 'The programme has a field of action for this theme already.');
    const [{ last }] = await tx.db
      .select({ last: max(programmeFields.position) })
      .from(programmeFields)
      .where(eq(programmeFields.programmeId, programme.id));
    const textLang = programmeLanguage(programme);
    const [row] = await tx.db
      .insert(programmeFields)
      .values({
        programmeId: programme.id,
        themeKey: input.themeKey,
        description: storedTexts(input.description, textLang),
        position: last === null ? 0 : last + 1,
        updatedBy: actorUserId(ctx.actor),
      })
      .returning();
    await recordDomainEvent(tx, { entityType: 'programme-field', entityId: row.id, action: 'create', after: fieldSnapshot(row, textLang) });
    return (await presentPart(tx, programme.id, lang)).field(row.id);
  });
}

/** Edits a field's description and position; its theme stays (a new theme is a new field). */
export async function updateField(ctx: ServiceContext, id: string, input: UpdateFieldRequest, lang: UiLocale): Promise<ProgrammeField> {
  return inTransaction(ctx, async (tx) => {
    const current = await findFieldRow(tx, id);
    const programme = await findProgrammeRow(tx, current.programmeId);
    await requireProgrammeEditor(tx, programme.partnershipId);
    const textLang = programmeLanguage(programme);
    const row = await updateVersioned(tx, programmeFields, 'The field of action', id, input.version, {
      description: storedTexts(input.description, textLang),
      position: input.position ?? current.position,
    });
    await recordDomainEvent(tx, {
      entityType: 'programme-field',
      entityId: id,
      action: 'update',
      before: fieldSnapshot(current, textLang),
      after: fieldSnapshot(row, textLang),
    });
    return (await presentPart(tx, programme.id, lang)).field(id);
  });
}

/** Deletes a field of action with its goals and measures. */
export async function deleteField(ctx: ServiceContext, id: string): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const current = await findFieldRow(tx, id);
    const programme = await findProgrammeRow(tx, current.programmeId);
    await requireProgrammeEditor(tx, programme.partnershipId);
    await tx.db.delete(programmeFields).where(eq(programmeFields.id, id));
    await recordDomainEvent(tx, {
      entityType: 'programme-field',
      entityId: id,
      action: 'delete',
      before: fieldSnapshot(current, programmeLanguage(programme)),
    });
  });
}
