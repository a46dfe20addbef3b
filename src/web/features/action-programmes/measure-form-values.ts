import type { CreateMeasureRequest, ProgrammeMeasure } from '../../../features/action-programmes/action-programmes.schemas.ts';
import type { MeasureStatus } from '../../../features/action-programmes/programme-vocabulary.ts';
import { newRowId } from '../../lib/form-rows.ts';
import { emptyTexts, formToTexts, textsToForm, type TextsForm } from '../../lib/localised-text-form.ts';

// The vocabulary's values, repeated here: the web imports server modules for their types only.
export const measureStatusList = ['planned', 'running', 'done', 'dropped'] as const satisfies readonly MeasureStatus[];

export interface ResponsibleRow {
  rowId: string;
  cityId: string;
  /** An organisation of the registry, or an office named in text. */
  kind: 'organisation' | 'office';
  organisationId: string;
  office: string;
}

export interface IndicatorRow {
  rowId: string;
  name: TextsForm;
  unit: string;
  baseline: string;
  target: string;
  achieved: string;
  source: string;
}

export interface MeasureFormValues {
  title: TextsForm;
  description: TextsForm;
  startsOn: string;
  endsOn: string;
  budget: string;
  status: MeasureStatus;
  progress: number | string;
  /** Comma- or space-separated, as people write them: "11.2, 17.b". */
  sdgTargets: string;
  responsibles: ResponsibleRow[];
  indicators: IndicatorRow[];
  projectIds: string[];
}

export const emptyResponsible = (cityId = ''): ResponsibleRow => ({ rowId: newRowId(), cityId, kind: 'organisation', organisationId: '', office: '' });

export const emptyIndicator = (): IndicatorRow => ({ rowId: newRowId(), name: emptyTexts(), unit: '', baseline: '', target: '', achieved: '', source: '' });

const figureText = (n: number | null) => (n === null ? '' : String(n));

export function measureToForm(m: ProgrammeMeasure | null): MeasureFormValues {
  if (!m) {
    return {
      title: emptyTexts(),
      description: emptyTexts(),
      startsOn: '',
      endsOn: '',
      budget: '',
      status: 'planned',
      progress: 0,
      sdgTargets: '',
      responsibles: [],
      indicators: [],
      projectIds: [],
    };
  }
  return {
    title: textsToForm(m.title),
    description: textsToForm(m.description),
    startsOn: m.startsOn ?? '',
    endsOn: m.endsOn ?? '',
    budget: figureText(m.budget),
    status: m.status,
    progress: m.progress,
    sdgTargets: m.sdgTargets.join(', '),
    responsibles: m.responsibles.map((r) => ({
      rowId: newRowId(),
      cityId: r.cityId,
      kind: r.organisation ? 'organisation' : 'office',
      organisationId: r.organisation?.id ?? '',
      office: r.office ?? '',
    })),
    indicators: m.indicators.map((i) => ({
      rowId: newRowId(),
      name: textsToForm(i.name),
      unit: i.unit,
      baseline: figureText(i.baseline),
      target: figureText(i.target),
      achieved: figureText(i.achieved),
      source: i.source ?? '',
    })),
    projectIds: m.projects.map((p) => p.id),
  };
}

/**
 * A number as typed ("1.5", "1,5", "12 000"); empty is null. Anything else is sent as typed, so
 * that the API names the field and nothing the editor wrote is silently dropped.
 */
export function figure(value: string): number | null {
  const text = value.trim().replace(/\s/g, '');
  if (!text) return null;
  const n = Number(text.replace(',', '.'));
  return Number.isFinite(n) ? n : (text as unknown as number);
}

export const splitSdgTargets = (text: string) =>
  text
    .split(/[\s,;]+/)
    .map((s) => s.trim())
    .filter(Boolean);

const orNull = (s: string) => (s.trim() ? s.trim() : null);

export function measureFormToRequest(v: MeasureFormValues): CreateMeasureRequest {
  const progress = typeof v.progress === 'number' ? v.progress : Number(v.progress);
  return {
    title: formToTexts(v.title),
    description: formToTexts(v.description),
    startsOn: v.startsOn || null,
    endsOn: v.endsOn || null,
    budget: figure(v.budget),
    status: v.status,
    progress: Number.isFinite(progress) ? progress : 0,
    sdgTargets: splitSdgTargets(v.sdgTargets),
    responsibles: v.responsibles.map((r) =>
      r.kind === 'organisation'
        ? { cityId: r.cityId, organisationId: r.organisationId || null, office: null }
        : { cityId: r.cityId, organisationId: null, office: orNull(r.office) },
    ),
    indicators: v.indicators.map((i) => ({
      name: formToTexts(i.name),
      unit: i.unit.trim(),
      baseline: figure(i.baseline),
      target: figure(i.target),
      achieved: figure(i.achieved),
      source: orNull(i.source),
    })),
    projectIds: v.projectIds,
  };
}
