import { asc, eq } from 'drizzle-orm';
import type { ServiceContext } from '../../shared/context.ts';
import { textsByLanguage } from '../../shared/localised-texts.ts';
import { findPartnershipRow, partnershipCityIds } from '../partnerships/index.ts';
import type { ProgrammeList } from './action-programmes.schemas.ts';
import { actionProgrammes } from './action-programmes.table.ts';
import { canEditProgramme } from './programme-policy.ts';
import { programmeLanguage } from './programme-tree.ts';
import { programmeRollUps } from './progress-roll-up-sql.ts';
import { utcToday } from './progress-roll-up.ts';

/** A partnership's programmes, latest period first, each with its roll-up (one statement for all). Public. */
export async function listProgrammes(ctx: ServiceContext, partnershipIdOrKey: string, today = utcToday()): Promise<ProgrammeList> {
  const partnership = await findPartnershipRow(ctx, partnershipIdOrKey);
  const rows = await ctx.db.select().from(actionProgrammes).where(eq(actionProgrammes.partnershipId, partnership.id)).orderBy(asc(actionProgrammes.startsOn));
  const rollUps = await programmeRollUps(
    ctx,
    rows.map((r) => r.id),
    today,
  );
  const mayEdit = canEditProgramme(ctx.actor, await partnershipCityIds(ctx, partnership.id));
  return {
    items: rows.reverse().map((row) => {
      const lang = programmeLanguage(row);
      return {
        id: row.id,
        key: row.key,
        partnershipId: row.partnershipId,
        title: textsByLanguage(row.title, lang),
        originalLang: lang,
        startsOn: row.startsOn,
        endsOn: row.endsOn,
        rollUp: rollUps.get(row.id)!,
        can: { edit: mayEdit, delete: mayEdit },
      };
    }),
    can: { create: mayEdit },
  };
}
