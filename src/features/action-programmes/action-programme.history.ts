import { isAdmin } from '../../shared/actor.ts';
import type { ServiceContext } from '../../shared/context.ts';
import type { HistoryContribution, HistorySubject, PastRecords } from '../audit/index.ts';
import { partnershipCityIds } from '../partnerships/index.ts';
import { findFieldRow, findGoalRow, findMeasureRow, programmePartnershipId } from './programme-access.ts';
import { canEditProgramme } from './programme-policy.ts';

/**
 * The history of a programme and of its parts is for those who may edit it: the coordinators of
 * the partnership's cities and admins. A deleted part is judged by the programme its last
 * snapshot names; a deleted programme by the partnership its snapshot names; once the
 * partnership is gone too, only admins read it.
 */
async function mayEditProgrammeHistory(ctx: ServiceContext, programmeId: string | null, past: PastRecords): Promise<boolean> {
  if (isAdmin(ctx.actor)) return true;
  if (!programmeId) return false;
  const live = await programmePartnershipId(ctx, programmeId);
  const snapshot = live ? null : (await past.lastSnapshot('programme', programmeId))?.partnershipId;
  const partnershipId = live ?? (typeof snapshot === 'string' ? snapshot : null);
  if (!partnershipId) return false;
  const cityIds = await partnershipCityIds(ctx, partnershipId);
  return cityIds.length > 0 && canEditProgramme(ctx.actor, cityIds);
}

/** The programme of a live part, or the one its last snapshot names. */
const partOfProgramme = (entityType: string, find: (ctx: ServiceContext, id: string) => Promise<{ programmeId: string }>): HistorySubject => ({
  entityType,
  async mayRead(ctx, id, past) {
    const live = await find(ctx, id).catch(() => null);
    const recorded = live ? null : (await past.lastSnapshot(entityType, id))?.programmeId;
    return mayEditProgrammeHistory(ctx, live?.programmeId ?? (typeof recorded === 'string' ? recorded : null), past);
  },
});

const actionProgrammeHistory: HistoryContribution = {
  subjects: [
    { entityType: 'programme', mayRead: (ctx, id, past) => mayEditProgrammeHistory(ctx, id, past) },
    partOfProgramme('programme-field', findFieldRow),
    partOfProgramme('programme-goal', findGoalRow),
    partOfProgramme('programme-measure', findMeasureRow),
  ],
};

export default actionProgrammeHistory;
