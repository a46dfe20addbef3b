import type { Activity, CreateActivityRequest } from '../../../features/activities/activities.schemas.ts';
import type { ActivityKind } from '../../../features/activities/activity-vocabulary.ts';
import type { UiLocale } from '../../../shared/locales.ts';
import { emptyTexts, formToTexts, textsToForm, type TextsForm } from '../../lib/localised-text-form.ts';

export interface AgendaRow {
  /** A stable React key while rows are added, removed and moved. */
  rowKey: string;
  startsLocal: string;
  endsLocal: string;
  title: TextsForm;
  speakers: string;
  language: string;
}

export interface ActivityFormValues {
  kind: ActivityKind;
  originalLang: UiLocale;
  title: TextsForm;
  description: TextsForm;
  /** '' for an online activity. */
  hostCityId: string;
  timeZone: string;
  startsLocal: string;
  endsLocal: string;
  venue: string;
  onlineUrl: string;
  languages: string[];
  themes: string[];
  organiserOrganisationIds: string[];
  agenda: AgendaRow[];
  projectId: string;
  measureId: string;
  isPublic: boolean;
  registrationOpen: boolean;
  capacity: number | string;
  registrationDeadlineLocal: string;
  needsRetentionDays: number | string;
}

let rowCounter = 0;
export const newRowKey = () => `row-${++rowCounter}`;

export function emptyAgendaRow(startsLocal: string, lang: string): AgendaRow {
  return { rowKey: newRowKey(), startsLocal, endsLocal: '', title: emptyTexts(), speakers: '', language: lang };
}

/** A new activity's form, or an existing one's; the reader's language is the original of a new one. */
export function activityToForm(activity: Activity | null, lang: UiLocale, defaultCityId: string): ActivityFormValues {
  if (!activity) {
    return {
      kind: 'delegation-visit',
      originalLang: lang,
      title: emptyTexts(),
      description: emptyTexts(),
      hostCityId: defaultCityId,
      timeZone: '',
      startsLocal: '',
      endsLocal: '',
      venue: '',
      onlineUrl: '',
      languages: [lang],
      themes: [],
      organiserOrganisationIds: [],
      agenda: [],
      projectId: '',
      measureId: '',
      isPublic: true,
      registrationOpen: true,
      capacity: '',
      registrationDeadlineLocal: '',
      needsRetentionDays: 30,
    };
  }
  return {
    kind: activity.kind,
    originalLang: activity.originalLang,
    title: textsToForm(activity.title),
    description: textsToForm(activity.description),
    hostCityId: activity.hostCity?.id ?? '',
    timeZone: activity.timeZone,
    startsLocal: activity.startsLocal,
    endsLocal: activity.endsLocal,
    venue: activity.venue ?? '',
    onlineUrl: activity.onlineUrl ?? '',
    languages: activity.languages,
    themes: activity.themes,
    organiserOrganisationIds: activity.organisers.map((o) => o.id),
    agenda: activity.agenda.map((a) => ({
      rowKey: newRowKey(),
      startsLocal: a.startsLocal,
      endsLocal: a.endsLocal ?? '',
      title: textsToForm(a.title),
      speakers: a.speakers ?? '',
      language: a.language ?? '',
    })),
    projectId: activity.project?.id ?? '',
    measureId: activity.measure?.id ?? '',
    isPublic: activity.isPublic,
    registrationOpen: activity.registration.registrationOpen,
    capacity: activity.capacity ?? '',
    registrationDeadlineLocal: activity.registration.deadlineLocal ?? '',
    needsRetentionDays: activity.needsRetentionDays,
  };
}

const orNull = (s: string) => s.trim() || null;

/** The request body (without key or version): empty fields become null, blank languages are left out. */
export function formToRequest(v: ActivityFormValues): Omit<CreateActivityRequest, 'key'> {
  const online = !v.hostCityId;
  return {
    kind: v.kind,
    originalLang: v.originalLang,
    title: formToTexts(v.title),
    description: formToTexts(v.description),
    hostCityId: v.hostCityId || null,
    // Left out, the host city's own zone applies (an online activity, or a city without one, names it).
    ...(v.timeZone ? { timeZone: v.timeZone } : {}),
    startsLocal: v.startsLocal,
    endsLocal: v.endsLocal,
    venue: online ? null : orNull(v.venue),
    onlineUrl: orNull(v.onlineUrl),
    languages: v.languages,
    themes: v.themes,
    organiserOrganisationIds: v.organiserOrganisationIds,
    agenda: v.agenda.map((a) => ({
      startsLocal: a.startsLocal,
      endsLocal: a.endsLocal || null,
      title: formToTexts(a.title),
      speakers: orNull(a.speakers),
      language: a.language || null,
    })),
    projectId: v.projectId || null,
    measureId: v.measureId || null,
    isPublic: v.isPublic,
    registrationOpen: v.registrationOpen,
    capacity: typeof v.capacity === 'number' ? v.capacity : null,
    registrationDeadlineLocal: v.registrationDeadlineLocal || null,
    needsRetentionDays: typeof v.needsRetentionDays === 'number' ? v.needsRetentionDays : 30,
  };
}

/** Moves a row up (-1) or down (+1); the agenda's order is the order of its rows. */
export function moveRow<T>(rows: T[], index: number, by: -1 | 1): T[] {
  const to = index + by;
  if (to < 0 || to >= rows.length) return rows;
  const next = [...rows];
  [next[index], next[to]] = [next[to]!, next[index]!];
  return next;
}
