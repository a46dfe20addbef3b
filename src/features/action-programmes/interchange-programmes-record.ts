import type { LocalisedText } from '../../shared/locales.ts';
import type { MeasureStatus } from './programme-vocabulary.ts';

/**
 * A joint action programme as the interchange file carries it
 * (docs/interchange-activities-and-programmes.md): fields by theme key, goals in order, measures
 * by a key unique within the programme, responsibles as a city key with an organisation key or an
 * office. The file carries the whole programme: what it leaves out is removed on import.
 */
export interface ProgrammeFileIndicator {
  name: LocalisedText[];
  unit?: string;
  baseline?: number;
  target?: number;
  achieved?: number;
  source?: string;
}

export interface ProgrammeFileResponsible {
  city: string;
  organisation?: string;
  office?: string;
}

export interface ProgrammeFileMeasure {
  key: string;
  title: LocalisedText[];
  description?: LocalisedText[];
  startsOn?: string;
  endsOn?: string;
  budget?: number;
  status: MeasureStatus;
  progress: number;
  sdgTargets?: string[];
  responsibles?: ProgrammeFileResponsible[];
  indicators?: ProgrammeFileIndicator[];
}

export interface ProgrammeFileGoal {
  title: LocalisedText[];
  description?: LocalisedText[];
  measures?: ProgrammeFileMeasure[];
}

export interface ProgrammeFileField {
  theme: string;
  description?: LocalisedText[];
  goals?: ProgrammeFileGoal[];
}

export interface ProgrammeFileRecord {
  key: string;
  partnership: string;
  title: LocalisedText[];
  summary?: LocalisedText[];
  originalLang?: string;
  startsOn: string;
  endsOn: string;
  fields?: ProgrammeFileField[];
}

const nonEmpty = <T>(list: T[] | null | undefined): list is T[] => Array.isArray(list) && list.length > 0;
const present = (value: string | null | undefined): value is string => typeof value === 'string' && value !== '';
const texts = (list: LocalisedText[] | null | undefined) =>
  nonEmpty(list) ? list.map((t) => (present(t.lang) ? { lang: t.lang, text: t.text } : { text: t.text })) : undefined;
const opt = <K extends string, V>(key: K, value: V | null | undefined) =>
  (value === null || value === undefined || value === '' || (Array.isArray(value) && !value.length) ? {} : { [key]: value }) as Partial<Record<K, V>>;

export function canonicalMeasure(m: ProgrammeFileMeasure): ProgrammeFileMeasure {
  return {
    key: m.key,
    title: texts(m.title) ?? [],
    ...opt('description', texts(m.description)),
    ...opt('startsOn', m.startsOn),
    ...opt('endsOn', m.endsOn),
    ...opt('budget', m.budget),
    status: m.status,
    progress: m.progress,
    ...opt('sdgTargets', m.sdgTargets),
    ...opt(
      'responsibles',
      m.responsibles?.map((r) => ({ city: r.city, ...opt('organisation', r.organisation), ...opt('office', r.office) })),
    ),
    ...opt(
      'indicators',
      m.indicators?.map((i) => ({
        name: texts(i.name) ?? [],
        ...opt('unit', i.unit),
        ...opt('baseline', i.baseline),
        ...opt('target', i.target),
        ...opt('achieved', i.achieved),
        ...opt('source', i.source),
      })),
    ),
  };
}

/** Fixed field order, empty optional fields left out: export writes it, the importer compares with it. */
export function canonicalProgramme(p: ProgrammeFileRecord): ProgrammeFileRecord {
  return {
    key: p.key,
    partnership: p.partnership,
    title: texts(p.title) ?? [],
    ...opt('summary', texts(p.summary)),
    ...opt('originalLang', p.originalLang),
    startsOn: p.startsOn,
    endsOn: p.endsOn,
    ...opt(
      'fields',
      p.fields?.map((f) => ({
        theme: f.theme,
        ...opt('description', texts(f.description)),
        ...opt(
          'goals',
          f.goals?.map((g) => ({
            title: texts(g.title) ?? [],
            ...opt('description', texts(g.description)),
            ...opt('measures', g.measures?.map(canonicalMeasure)),
          })),
        ),
      })),
    ),
  };
}
