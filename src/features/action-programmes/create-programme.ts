import { eq } from 'drizzle-orm';
import { actorUserId } from '../../shared/actor.ts';
import { inTransaction, type ServiceContext } from '../../shared/context.ts';
import { duplicate } from '../../shared/errors.ts';
import { storedTexts } from '../../shared/localised-texts.ts';
import type { UiLocale } from '../../shared/locales.ts';
import { isUniqueViolation } from '../../db/unique-violation.ts';
import { recordDomainEvent } from '../domain-events/index.ts';
import { findPartnershipRow, partnershipThemeKeys } from '../partnerships/index.ts';
import type { CreateProgrammeRequest, Programme } from './action-programmes.schemas.ts';
import { actionProgrammes, programmeFields } from './action-programmes.table.ts';
import { requireProgrammeEditor } from './programme-access.ts';
import { presentProgramme } from './programme-read.ts';
import { fieldSnapshot, programmeSnapshot } from './programme-snapshots.ts';
import { checkNoOverlap, checkPeriod, originalLanguage, programmeKeyFromTitle } from './programme-writes.ts';

/**
 * A partnership's programme for a period, by a coordinator of one of its cities (or an admin);
 * with `withFocusThemes` it starts with one field of action per theme of the partnership.
 */
export async function createProgramme(ctx: ServiceContext, partnershipIdOrKey: string, input: CreateProgrammeRequest, lang: UiLocale): Promise<Programme> {
  try {
    return await inTransaction(ctx, async (tx) => {
      const partnership = await findPartnershipRow(tx, partnershipIdOrKey);
      await requireProgrammeEditor(tx, partnership.id);
      checkPeriod(input.startsOn, input.endsOn);
      const textLang = originalLanguage(input, null);
      await checkNoOverlap(tx, partnership.id, input);
      if (input.key) {
        const taken = await tx.db.$count(actionProgrammes, eq(actionProgrammes.key, input.key));
        if (taken) throw duplicate('key', `The key ${input.key} is taken.`);
      }
      const key = input.key ?? (await programmeKeyFromTitle(tx, input.title[textLang] as string));
      const [row] = await tx.db
        .insert(actionProgrammes)
        .values({
          key,
          partnershipId: partnership.id,
          title: storedTexts(input.title, textLang),
          summary: storedTexts(input.summary, textLang),
          originalLang: textLang,
          startsOn: input.startsOn,
          endsOn: input.endsOn,
          updatedBy: actorUserId(ctx.actor),
        })
        .returning();
      await recordDomainEvent(tx, { entityType: 'programme', entityId: row.id, action: 'create', after: programmeSnapshot(row) });
      if (input.withFocusThemes) {
        // The partnership's themes in a stable order (the port gives them in none).
        const themeKeys = [...new Set(await partnershipThemeKeys(tx, [partnership.id]))].sort();
        const fields = themeKeys.length
          ? await tx.db
              .insert(programmeFields)
              .values(themeKeys.map((themeKey, position) => ({ programmeId: row.id, themeKey, position, updatedBy: actorUserId(ctx.actor) })))
              .returning()
          : [];
        for (const field of fields) {
          await recordDomainEvent(tx, { entityType: 'programme-field', entityId: field.id, action: 'create', after: fieldSnapshot(field, textLang) });
        }
      }
      return presentProgramme(tx, row, lang);
    });
  } catch (err) {
    // Two editors choosing the same key at once: the second one learns it is taken.
    if (isUniqueViolation(err)) throw duplicate('key', 'This key is taken.');
    throw err;
  }
}
