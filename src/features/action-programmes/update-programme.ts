import { updateVersioned } from '../../db/versioned-update.ts';
import { inTransaction, type ServiceContext } from '../../shared/context.ts';
import { storedTexts } from '../../shared/localised-texts.ts';
import type { UiLocale } from '../../shared/locales.ts';
import { recordDomainEvent } from '../domain-events/index.ts';
import type { Programme, UpdateProgrammeRequest } from './action-programmes.schemas.ts';
import { actionProgrammes } from './action-programmes.table.ts';
import { findProgrammeRow, requireProgrammeEditor } from './programme-access.ts';
import { presentProgramme } from './programme-read.ts';
import { programmeSnapshot } from './programme-snapshots.ts';
import { programmeLanguage } from './programme-tree.ts';
import { checkNoOverlap, checkPeriod, originalLanguage } from './programme-writes.ts';

/** Edits a programme's title, summary and period; a stale version is a 409. The key stays. */
export async function updateProgramme(ctx: ServiceContext, idOrKey: string, input: UpdateProgrammeRequest, lang: UiLocale): Promise<Programme> {
  return inTransaction(ctx, async (tx) => {
    const current = await findProgrammeRow(tx, idOrKey);
    await requireProgrammeEditor(tx, current.partnershipId);
    checkPeriod(input.startsOn, input.endsOn);
    const textLang = originalLanguage(input, programmeLanguage(current));
    await checkNoOverlap(tx, current.partnershipId, input, current.id);
    const row = await updateVersioned(tx, actionProgrammes, 'The programme', current.id, input.version, {
      title: storedTexts(input.title, textLang),
      summary: storedTexts(input.summary, textLang),
      originalLang: textLang,
      startsOn: input.startsOn,
      endsOn: input.endsOn,
    });
    await recordDomainEvent(tx, {
      entityType: 'programme',
      entityId: row.id,
      action: 'update',
      before: programmeSnapshot(current),
      after: programmeSnapshot(row),
    });
    return presentProgramme(tx, row, lang);
  });
}
