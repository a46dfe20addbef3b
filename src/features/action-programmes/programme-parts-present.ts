import type { ServiceContext } from '../../shared/context.ts';
import type { UiLocale } from '../../shared/locales.ts';
import type { ProgrammeField, ProgrammeGoal, ProgrammeMeasure } from './action-programmes.schemas.ts';
import { findProgrammeRow } from './programme-access.ts';
import { presentProgramme } from './programme-read.ts';

/**
 * A part of a programme as the programme page shows it (with its roll-up, names and `can`), cut
 * from the presented programme so that a part always reads the same alone as in its tree.
 */
export async function presentPart(
  ctx: ServiceContext,
  programmeId: string,
  lang: UiLocale,
): Promise<{ field(id: string): ProgrammeField; goal(id: string): ProgrammeGoal; measure(id: string): ProgrammeMeasure }> {
  const programme = await presentProgramme(ctx, await findProgrammeRow(ctx, programmeId), lang);
  const goals = programme.fields.flatMap((f) => f.goals);
  return {
    field: (id) => programme.fields.find((f) => f.id === id)!,
    goal: (id) => goals.find((g) => g.id === id)!,
    measure: (id) => goals.flatMap((g) => g.measures).find((m) => m.id === id)!,
  };
}
