import type { LocalisedText } from '../../shared/locales.ts';
import type { ActivityKind, ActivityStatus, ParticipantRole, ParticipantStatus } from './activity-vocabulary.ts';

/**
 * An activity as the interchange file carries it (docs/interchange-activities-and-programmes.md):
 * references as keys, times as local date-times (`YYYY-MM-DDTHH:mm`) in `timeZone`. Participants'
 * gender and stated needs are personal data that stays in Pontis: the file has no place for them.
 */
export interface ActivityFileParticipant {
  name: string;
  email?: string;
  /** An organisation key, or `organisationName` (+ `organisationKind`) for one not in the registry. */
  organisation?: string;
  organisationName?: string;
  organisationKind?: string;
  /** A city key, or `cityName` for a city not in Pontis. */
  city?: string;
  cityName?: string;
  country: string;
  role: ParticipantRole;
  status: ParticipantStatus;
  language: string;
  /** Local days (YYYY-MM-DD) with confirmed attendance. */
  attendedDays?: string[];
}

export interface ActivityFileAgendaItem {
  startsAt: string;
  endsAt?: string;
  title: LocalisedText[];
  speakers?: string;
  language?: string;
}

export interface ActivityFileRecord {
  key: string;
  partnership: string;
  kind: ActivityKind;
  status: ActivityStatus;
  title: LocalisedText[];
  description?: LocalisedText[];
  originalLang?: string;
  /** A city key; absent: online. */
  hostCity?: string;
  timeZone: string;
  startsAt: string;
  endsAt: string;
  venue?: string;
  onlineUrl?: string;
  languages?: string[];
  themes?: string[];
  /** Organisation keys, in order. */
  organisers?: string[];
  agenda?: ActivityFileAgendaItem[];
  measure?: { programme: string; measure: string };
  isPublic: boolean;
  registration: { open: boolean; capacity?: number; deadline?: string };
  outcomes?: LocalisedText[];
  cancellationReason?: LocalisedText[];
  minutes?: LocalisedText[];
  participants?: ActivityFileParticipant[];
  /** Pairs of organisation keys that met, each pair and the list in code-point order. */
  encounters?: [string, string][];
}

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const nonEmpty = <T>(list: T[] | null | undefined): list is T[] => Array.isArray(list) && list.length > 0;
const present = (value: string | null | undefined): value is string => typeof value === 'string' && value !== '';
const texts = (list: LocalisedText[] | null | undefined) =>
  nonEmpty(list) ? list.map((t) => (present(t.lang) ? { lang: t.lang, text: t.text } : { text: t.text })) : undefined;
const opt = <K extends string, V>(key: K, value: V | null | undefined) =>
  (value === null || value === undefined || (Array.isArray(value) && !value.length) ? {} : { [key]: value }) as Partial<Record<K, V>>;

/** Sorted pairs, each in code-point order, without repeats. */
export function canonicalEncounters(pairs: readonly (readonly [string, string])[] | undefined): [string, string][] {
  const sorted = (pairs ?? []).map(([a, b]) => (byCodePoint(a, b) <= 0 ? [a, b] : [b, a]) as [string, string]);
  const unique = [...new Map(sorted.map((p) => [p.join('\u0000'), p])).values()];
  return unique.sort((x, y) => byCodePoint(x[0], y[0]) || byCodePoint(x[1], y[1]));
}

export function canonicalParticipant(p: ActivityFileParticipant): ActivityFileParticipant {
  return {
    name: p.name,
    ...opt('email', p.email),
    ...opt('organisation', p.organisation),
    ...(!present(p.organisation) && { ...opt('organisationName', p.organisationName), ...opt('organisationKind', p.organisationKind) }),
    ...opt('city', p.city),
    ...(!present(p.city) && opt('cityName', p.cityName)),
    country: p.country.toUpperCase(),
    role: p.role,
    status: p.status,
    language: p.language,
    ...opt('attendedDays', [...new Set(p.attendedDays ?? [])].sort(byCodePoint)),
  };
}

/**
 * The canonical form: fixed field order, empty optional fields left out, defaults written out.
 * Export writes it; the importer compares a file's activity with the stored one in it.
 */
export function canonicalActivity(a: ActivityFileRecord): ActivityFileRecord {
  return {
    key: a.key,
    partnership: a.partnership,
    kind: a.kind,
    status: a.status,
    title: texts(a.title) ?? [],
    ...opt('description', texts(a.description)),
    ...opt('originalLang', a.originalLang),
    ...opt('hostCity', a.hostCity),
    timeZone: a.timeZone,
    startsAt: a.startsAt,
    endsAt: a.endsAt,
    ...opt('venue', a.venue),
    ...opt('onlineUrl', a.onlineUrl),
    ...opt('languages', a.languages),
    ...opt('themes', a.themes),
    ...opt('organisers', a.organisers),
    ...opt(
      'agenda',
      a.agenda?.map((item) => ({
        startsAt: item.startsAt,
        ...opt('endsAt', item.endsAt),
        title: texts(item.title) ?? [],
        ...opt('speakers', item.speakers),
        ...opt('language', item.language),
      })),
    ),
    ...opt('measure', a.measure && { programme: a.measure.programme, measure: a.measure.measure }),
    isPublic: a.isPublic,
    registration: { open: a.registration.open, ...opt('capacity', a.registration.capacity), ...opt('deadline', a.registration.deadline) },
    ...opt('outcomes', texts(a.outcomes)),
    ...opt('cancellationReason', texts(a.cancellationReason)),
    ...opt('minutes', texts(a.minutes)),
    ...opt('participants', a.participants?.map(canonicalParticipant)),
    ...opt('encounters', canonicalEncounters(a.encounters)),
  };
}

/**
 * Participants are matched by e-mail (case-insensitive) or else by name and organisation: the
 * file updates the people it names and adds the others. People it does not name (members who
 * registered in Pontis) stay, so an import never removes a registration.
 */
export function matchParticipant(stored: readonly ActivityFileParticipant[], p: ActivityFileParticipant, taken: ReadonlySet<number>): number {
  const fold = (s: string | undefined) => (s ?? '').trim().toLowerCase();
  const org = (x: ActivityFileParticipant) => fold(x.organisation ?? x.organisationName);
  const free = (i: number) => !taken.has(i);
  if (present(p.email)) {
    const byEmail = stored.findIndex((s, i) => free(i) && fold(s.email) === fold(p.email));
    if (byEmail >= 0) return byEmail;
  }
  return stored.findIndex((s, i) => free(i) && (!present(s.email) || !present(p.email)) && fold(s.name) === fold(p.name) && org(s) === org(p));
}

export interface ActivityMerge {
  /** What the activity is once the file is applied (canonical form). */
  record: ActivityFileRecord;
  /** Per participant of the file: the index of the stored participant it updates, or -1 (new). */
  matches: number[];
}

/** The file's activity applied to the stored one (or to nothing). */
export function mergeActivity(file: ActivityFileRecord, stored: ActivityFileRecord | undefined): ActivityMerge {
  const record = canonicalActivity(file);
  const before = stored?.participants ?? [];
  const taken = new Set<number>();
  const matches = (record.participants ?? []).map((p) => {
    const i = matchParticipant(before, p, taken);
    if (i >= 0) taken.add(i);
    return i;
  });
  const participants = [...before];
  const added: ActivityFileParticipant[] = [];
  (record.participants ?? []).forEach((p, j) => (matches[j]! >= 0 ? (participants[matches[j]!] = p) : added.push(p)));
  const encounters = canonicalEncounters([...(stored?.encounters ?? []), ...(record.encounters ?? [])]);
  const { participants: _p, encounters: _e, ...fields } = record;
  return {
    record: canonicalActivity({ ...fields, participants: [...participants, ...added], encounters } as ActivityFileRecord),
    matches,
  };
}
