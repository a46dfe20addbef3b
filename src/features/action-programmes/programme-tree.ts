import { asc, eq, inArray } from 'drizzle-orm';
import type { ServiceContext } from '../../shared/context.ts';
import { recordLanguage } from '../../shared/localised-texts.ts';
import type { UiLocale } from '../../shared/locales.ts';
import { detectLanguage } from '../tagging/index.ts';
import { measureIndicators, measureProjects, measureResponsibles, programmeFields, programmeGoals, programmeMeasures } from './action-programmes.table.ts';
import type { FieldRow, GoalRow, MeasureRow, ProgrammeRow } from './programme-access.ts';

export type ResponsibleRow = typeof measureResponsibles.$inferSelect;
export type IndicatorRow = typeof measureIndicators.$inferSelect;

/** A programme's rows, in display order (position, then creation). */
export interface ProgrammeTreeRows {
  fields: FieldRow[];
  goals: GoalRow[];
  measures: MeasureRow[];
  responsibles: ResponsibleRow[];
  indicators: IndicatorRow[];
  projectLinks: { measureId: string; projectId: string }[];
}

/** Every row of a programme's tree, in six statements whatever its size. */
export async function loadProgrammeTree(ctx: ServiceContext, programmeId: string): Promise<ProgrammeTreeRows> {
  const fields = await ctx.db
    .select()
    .from(programmeFields)
    .where(eq(programmeFields.programmeId, programmeId))
    .orderBy(asc(programmeFields.position), asc(programmeFields.createdAt), asc(programmeFields.themeKey));
  const goals = fields.length
    ? await ctx.db
        .select()
        .from(programmeGoals)
        .where(
          inArray(
            programmeGoals.fieldId,
            fields.map((f) => f.id),
          ),
        )
        .orderBy(asc(programmeGoals.position), asc(programmeGoals.createdAt), asc(programmeGoals.id))
    : [];
  const measures = goals.length
    ? await ctx.db
        .select()
        .from(programmeMeasures)
        .where(
          inArray(
            programmeMeasures.goalId,
            goals.map((g) => g.id),
          ),
        )
        .orderBy(asc(programmeMeasures.position), asc(programmeMeasures.createdAt), asc(programmeMeasures.key))
    : [];
  const parts = await measureParts(
    ctx,
    measures.map((m) => m.id),
  );
  return { fields, goals, measures, ...parts };
}

/** The responsibles, indicators and project links of these measures. */
export async function measureParts(
  ctx: ServiceContext,
  measureIds: string[],
): Promise<Pick<ProgrammeTreeRows, 'responsibles' | 'indicators' | 'projectLinks'>> {
  if (!measureIds.length) return { responsibles: [], indicators: [], projectLinks: [] };
  const responsibles = await ctx.db
    .select()
    .from(measureResponsibles)
    .where(inArray(measureResponsibles.measureId, measureIds))
    .orderBy(asc(measureResponsibles.position));
  const indicators = await ctx.db
    .select()
    .from(measureIndicators)
    .where(inArray(measureIndicators.measureId, measureIds))
    .orderBy(asc(measureIndicators.position));
  const projectLinks = await ctx.db.select().from(measureProjects).where(inArray(measureProjects.measureId, measureIds));
  return { responsibles, indicators, projectLinks };
}

/** The language of a programme's texts (its parts follow the programme's, like an agreement's parties). */
export const programmeLanguage = (row: ProgrammeRow): UiLocale => recordLanguage(row.originalLang, [row.title, row.summary], detectLanguage);

export const numberOrNull = (value: string | null) => (value === null ? null : Number(value));
