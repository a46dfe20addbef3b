import { eq } from 'drizzle-orm';
import type { ServiceContext } from '../../shared/context.ts';
import type { LocalisedText } from '../../shared/locales.ts';
import { actionProgrammes, programmeFields, programmeGoals, programmeMeasures } from './action-programmes.table.ts';

/**
 * The partnership whose action programme holds a measure, with the measure's key and title, or
 * null when there is no measure with this id. Activities use it to check that an activity carries
 * out a measure of its own partnership, and to name the measure beside it.
 */
export async function measurePartnershipId(
  ctx: ServiceContext,
  measureId: string,
): Promise<{ partnershipId: string; key: string; title: LocalisedText[] } | null> {
  const [row] = await ctx.db
    .select({ partnershipId: actionProgrammes.partnershipId, key: programmeMeasures.key, title: programmeMeasures.title })
    .from(programmeMeasures)
    .innerJoin(programmeGoals, eq(programmeGoals.id, programmeMeasures.goalId))
    .innerJoin(programmeFields, eq(programmeFields.id, programmeGoals.fieldId))
    .innerJoin(actionProgrammes, eq(actionProgrammes.id, programmeFields.programmeId))
    .where(eq(programmeMeasures.id, measureId));
  return row ?? null;
}
