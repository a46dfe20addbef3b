import type { ServiceContext } from '../../shared/context.ts';
import { textsByLanguage } from '../../shared/localised-texts.ts';
import type { UiLocale } from '../../shared/locales.ts';
import type { FieldRow, GoalRow, MeasureRow, ProgrammeRow } from './programme-access.ts';
import { measureParts, numberOrNull, programmeLanguage } from './programme-tree.ts';

/**
 * What the history keeps of each record of a programme (the domain event's before and after).
 * Every part names its programme, so that who may read its history is known after it is gone
 * (action-programme.history.ts).
 */
export const programmeSnapshot = (row: ProgrammeRow) => {
  const lang = programmeLanguage(row);
  return {
    partnershipId: row.partnershipId,
    key: row.key,
    title: textsByLanguage(row.title, lang),
    summary: textsByLanguage(row.summary, lang),
    originalLang: lang,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
  };
};

export const fieldSnapshot = (row: FieldRow, lang: UiLocale) => ({
  programmeId: row.programmeId,
  themeKey: row.themeKey,
  description: textsByLanguage(row.description, lang),
  position: row.position,
});

export const goalSnapshot = (row: GoalRow, programmeId: string, lang: UiLocale) => ({
  programmeId,
  fieldId: row.fieldId,
  title: textsByLanguage(row.title, lang),
  description: textsByLanguage(row.description, lang),
  position: row.position,
});

/** A measure with its responsibles, indicators and projects, as the history shows them. */
export async function measureSnapshot(ctx: ServiceContext, row: MeasureRow, programmeId: string, lang: UiLocale) {
  const parts = await measureParts(ctx, [row.id]);
  return {
    programmeId,
    goalId: row.goalId,
    key: row.key,
    title: textsByLanguage(row.title, lang),
    description: textsByLanguage(row.description, lang),
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    budget: numberOrNull(row.budget),
    status: row.status,
    progress: row.progress,
    sdgTargets: row.sdgTargets,
    responsibles: parts.responsibles.map((r) => ({ cityId: r.cityId, organisationId: r.organisationId, office: r.office })),
    indicators: parts.indicators.map((i) => ({
      name: textsByLanguage(i.name, lang),
      unit: i.unit,
      baseline: numberOrNull(i.baseline),
      target: numberOrNull(i.target),
      achieved: numberOrNull(i.achieved),
      source: i.source,
    })),
    projectIds: parts.projectLinks.map((p) => p.projectId).sort(),
    position: row.position,
  };
}
