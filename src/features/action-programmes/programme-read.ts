import type { ServiceContext } from '../../shared/context.ts';
import { textsByLanguage } from '../../shared/localised-texts.ts';
import type { UiLocale } from '../../shared/locales.ts';
import { activitiesOfMeasures } from '../activities/index.ts';
import { cityNames } from '../cities/index.ts';
import { organisationNames } from '../organisations/index.ts';
import { partnershipCityIds, partnershipNames } from '../partnerships/index.ts';
import { projectsCarryingMeasures } from '../projects/index.ts';
import { themeLabels } from '../themes/index.ts';
import type { Programme, ProgrammeField, ProgrammeGoal, ProgrammeMeasure } from './action-programmes.schemas.ts';
import { findProgrammeRow, type MeasureRow, type ProgrammeRow } from './programme-access.ts';
import { canEditProgramme } from './programme-policy.ts';
import { loadProgrammeTree, numberOrNull, programmeLanguage, type ProgrammeTreeRows } from './programme-tree.ts';
import { asProgress, indicatorShare, lateness, rollUpGoal, rollUpParts, utcToday } from './progress-roll-up.ts';

/** A programme by id or key with its whole tree, roll-ups and names; theme names in `lang`. Public. */
export async function getProgramme(ctx: ServiceContext, idOrKey: string, lang: UiLocale, today = utcToday()): Promise<Programme> {
  return presentProgramme(ctx, await findProgrammeRow(ctx, idOrKey), lang, today);
}

export async function presentProgramme(ctx: ServiceContext, row: ProgrammeRow, lang: UiLocale, today = utcToday()): Promise<Programme> {
  const tree = await loadProgrammeTree(ctx, row.id);
  const cityIds = await partnershipCityIds(ctx, row.partnershipId);
  const mayEdit = canEditProgramme(ctx.actor, cityIds);
  const textLang = programmeLanguage(row);
  const [partnership] = await partnershipNames(ctx, 'id', [row.partnershipId]);
  const names = await namesOf(ctx, tree, lang);
  const texts = (stored: Parameters<typeof textsByLanguage>[0]) => textsByLanguage(stored, textLang);

  const measureOf = (m: MeasureRow): ProgrammeMeasure => ({
    id: m.id,
    key: m.key,
    goalId: m.goalId,
    title: texts(m.title),
    description: texts(m.description),
    startsOn: m.startsOn,
    endsOn: m.endsOn,
    budget: numberOrNull(m.budget),
    status: m.status,
    progress: m.progress,
    late: lateness(m, today),
    sdgTargets: m.sdgTargets,
    responsibles: tree.responsibles
      .filter((r) => r.measureId === m.id)
      .map((r) => {
        const organisation = r.organisationId ? names.organisations.get(r.organisationId) : undefined;
        return { cityId: r.cityId, cityName: names.cities.get(r.cityId) ?? '', organisation: organisation ?? null, office: r.office };
      }),
    indicators: tree.indicators
      .filter((i) => i.measureId === m.id)
      .map((i) => {
        const figures = { baseline: numberOrNull(i.baseline), target: numberOrNull(i.target), achieved: numberOrNull(i.achieved) };
        return { id: i.id, name: texts(i.name), unit: i.unit, ...figures, source: i.source, share: indicatorShare(figures) };
      }),
    projects: tree.projectLinks
      .filter((p) => p.measureId === m.id)
      .flatMap((p) => names.projects.get(p.projectId) ?? [])
      .sort((a, b) => a.title.localeCompare(b.title)),
    activities: names.activities.filter((a) => a.measureId === m.id).map(({ measureId: _m, ...a }) => a),
    version: m.version,
    updatedAt: m.updatedAt.toISOString(),
    can: { edit: mayEdit, delete: mayEdit },
  });

  const fields: ProgrammeField[] = tree.fields.map((f) => {
    const goals = tree.goals.filter((g) => g.fieldId === f.id);
    const goalRollUps = goals.map((g) => rollUpGoal({ measures: tree.measures.filter((m) => m.goalId === g.id) }, today));
    const presentedGoals: ProgrammeGoal[] = goals.map((g, i) => ({
      id: g.id,
      fieldId: g.fieldId,
      title: texts(g.title),
      description: texts(g.description),
      rollUp: asProgress(goalRollUps[i]),
      measures: tree.measures.filter((m) => m.goalId === g.id).map(measureOf),
      version: g.version,
      can: { edit: mayEdit, delete: mayEdit, addMeasure: mayEdit },
    }));
    return {
      id: f.id,
      themeKey: f.themeKey,
      themeName: names.themes.get(f.themeKey) ?? f.themeKey,
      description: texts(f.description),
      rollUp: asProgress(rollUpParts(goalRollUps)),
      goals: presentedGoals,
      version: f.version,
      can: { edit: mayEdit, delete: mayEdit, addGoal: mayEdit },
    };
  });
  const programmeRollUp = rollUpParts(
    tree.fields.map((f) =>
      rollUpParts(tree.goals.filter((g) => g.fieldId === f.id).map((g) => rollUpGoal({ measures: tree.measures.filter((m) => m.goalId === g.id) }, today))),
    ),
  );

  return {
    id: row.id,
    key: row.key,
    partnershipId: row.partnershipId,
    partnership: partnership ?? { id: row.partnershipId, key: '', name: '' },
    title: texts(row.title),
    originalLang: textLang,
    summary: texts(row.summary),
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    rollUp: asProgress(programmeRollUp),
    fields,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
    can: { edit: mayEdit, delete: mayEdit, addField: mayEdit },
  };
}

/** Names of what the tree refers to, each asked from the feature that owns it. */
async function namesOf(ctx: ServiceContext, tree: ProgrammeTreeRows, lang: UiLocale) {
  const unique = (values: (string | null)[]) => [...new Set(values.filter((v): v is string => !!v))];
  const themeKeys = unique(tree.fields.map((f) => f.themeKey));
  const cityIds = unique(tree.responsibles.map((r) => r.cityId));
  const organisationIds = unique(tree.responsibles.map((r) => r.organisationId));
  const projectIds = unique(tree.projectLinks.map((p) => p.projectId));
  const themes = themeKeys.length ? await themeLabels(ctx, themeKeys) : [];
  const cities = cityIds.length ? await cityNames(ctx, 'id', cityIds) : [];
  const organisations = organisationIds.length ? await organisationNames(ctx, 'id', organisationIds) : [];
  const projects = await projectsCarryingMeasures(ctx, projectIds);
  const activities = await activitiesOfMeasures(
    ctx,
    tree.measures.map((m) => m.id),
  );
  return {
    themes: new Map(themes.map((t) => [t.key, t.labels[lang] ?? t.labels.en ?? t.key])),
    cities: new Map(cities.map((c) => [c.id, c.name])),
    organisations: new Map(organisations.map((o) => [o.id, o])),
    // Projects are not public: a reader who may not open one does not see it named.
    projects: new Map(projects.filter((p) => p.readable).map((p) => [p.id, { id: p.id, title: p.title }])),
    activities,
  };
}
