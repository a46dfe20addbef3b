import { z } from 'zod';
import type { FieldError } from '../../shared/errors.ts';
import { fromLocalDateTime, isKnownTimeZone, localDaysBetween, type ActivityFileRecord } from '../activities/index.ts';
import type { ProgrammeFileRecord } from '../action-programmes/index.ts';

// The optional `activities` and `programmes` sections of the interchange file, checked with zod
// (docs/interchange-activities-and-programmes.md). The JSON Schema only says they are lists of
// objects; everything else about them is here, with the same paths and rules as the schema's errors.

const key = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,99}$/, 'must be a key of lower-case letters, digits and hyphens (at most 100), e.g. "smart-city-visit-2022"');
const lang = z.string().regex(/^[a-z]{2}$/, 'must be a two-letter ISO 639-1 language code in lower case, e.g. "de"');
const interfaceLang = z.enum(['de', 'ro', 'en', 'hu']);
const country = z.string().regex(/^[A-Z]{2}$/, 'must be a two-letter ISO 3166 country code in upper case, e.g. "RO"');
const date = z.iso.date('must be a date written YYYY-MM-DD');
const localDateTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'must be a local date-time written YYYY-MM-DDTHH:mm');
const text = z.strictObject({ lang: lang.optional(), text: z.string().min(1).max(20000) });
const texts = z.array(text);
const shortText = (max: number) => z.string().trim().min(1).max(max);

const participant = z.strictObject({
  name: shortText(200),
  email: z.email('must be an e-mail address').max(320).optional(),
  organisation: key.optional(),
  organisationName: shortText(300).optional(),
  organisationKind: shortText(100).optional(),
  city: key.optional(),
  cityName: shortText(200).optional(),
  country,
  role: z.enum(['delegate', 'speaker', 'participant', 'organiser']).default('participant'),
  status: z.enum(['registered', 'waiting', 'cancelled']).default('registered'),
  language: interfaceLang.default('en'),
  attendedDays: z.array(date).optional(),
});

const agendaItem = z.strictObject({
  startsAt: localDateTime,
  endsAt: localDateTime.optional(),
  title: texts.min(1),
  speakers: shortText(500).optional(),
  language: lang.optional(),
});

const activity = z
  .strictObject({
    key,
    partnership: key,
    kind: z.enum([
      'delegation-visit',
      'study-visit',
      'expert-exchange',
      'workshop',
      'conference',
      'webinar',
      'youth-exchange',
      'cultural-event',
      'job-shadowing',
      'online-meeting',
    ]),
    status: z.enum(['planned', 'cancelled']).default('planned'),
    title: texts.min(1),
    description: texts.optional(),
    originalLang: interfaceLang.optional(),
    hostCity: key.optional(),
    timeZone: z.string().min(1).max(64),
    startsAt: localDateTime,
    endsAt: localDateTime,
    venue: shortText(500).optional(),
    onlineUrl: z.url('must be an absolute URL, e.g. "https://www.example.org"').optional(),
    languages: z.array(lang).optional(),
    themes: z.array(key).optional(),
    organisers: z.array(key).optional(),
    agenda: z.array(agendaItem).optional(),
    measure: z.strictObject({ programme: key, measure: key }).optional(),
    isPublic: z.boolean().default(true),
    registration: z
      .strictObject({ open: z.boolean().default(true), capacity: z.int().min(1).optional(), deadline: localDateTime.optional() })
      .default({ open: true }),
    outcomes: texts.optional(),
    cancellationReason: texts.optional(),
    minutes: texts.optional(),
    participants: z.array(participant).optional(),
    encounters: z.array(z.tuple([key, key])).optional(),
  })
  .superRefine((a, ctx) => {
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    const duplicate = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message, params: { rule: 'duplicate' } });
    if (!isKnownTimeZone(a.timeZone)) return issue(['timeZone'], 'must be an IANA time zone, e.g. "Europe/Bucharest"');
    const at = (local: string | undefined, path: (string | number)[]) => {
      if (local === undefined) return undefined;
      const instant = fromLocalDateTime(local, a.timeZone);
      if (!instant) issue(path, `"${local}" is not a date-time that exists in ${a.timeZone}`);
      return instant ?? undefined;
    };
    const starts = at(a.startsAt, ['startsAt']);
    const ends = at(a.endsAt, ['endsAt']);
    if (starts && ends && ends < starts) issue(['endsAt'], 'must not be before startsAt');
    at(a.registration.deadline, ['registration', 'deadline']);
    a.agenda?.forEach((item, i) => {
      const s = at(item.startsAt, ['agenda', i, 'startsAt']);
      const e = at(item.endsAt, ['agenda', i, 'endsAt']);
      if (s && e && e < s) issue(['agenda', i, 'endsAt'], 'must not be before startsAt');
    });
    const days = starts && ends && ends >= starts ? new Set(localDaysBetween(starts, ends, a.timeZone)) : null;
    const emails = new Map<string, number>();
    const names = new Map<string, number>();
    a.participants?.forEach((p, i) => {
      if (p.organisation && (p.organisationName || p.organisationKind))
        issue(['participants', i, 'organisationName'], 'give an organisation key or a name and kind, not both');
      if (p.city && p.cityName) issue(['participants', i, 'cityName'], 'give a city key or a city name, not both');
      p.attendedDays?.forEach((day, j) => {
        if (days && !days.has(day)) issue(['participants', i, 'attendedDays', j], `must be a day of the activity (${[...days][0]} to ${[...days].at(-1)})`);
      });
      const ref = p.email ? emails : names;
      const id = p.email ? p.email.toLowerCase() : `${p.name.toLowerCase()}\u0000${(p.organisation ?? p.organisationName ?? '').toLowerCase()}`;
      const first = ref.get(id);
      if (first !== undefined) duplicate(['participants', i, p.email ? 'email' : 'name'], `the same person as participants[${first}]`);
      else ref.set(id, i);
    });
    a.encounters?.forEach(([x, y], i) => x === y && issue(['encounters', i], 'an organisation does not meet itself'));
  });

const sdgTarget = z.string().regex(/^(1[0-7]|[1-9])\.([0-9]{1,2}|[a-c])$/, 'must be an SDG target such as 11.2 or 17.b');
const measure = z
  .strictObject({
    key,
    title: texts.min(1),
    description: texts.optional(),
    startsOn: date.optional(),
    endsOn: date.optional(),
    budget: z.number().min(0).max(999_999_999_999).optional(),
    status: z.enum(['planned', 'running', 'done', 'dropped']).default('planned'),
    progress: z.int().min(0).max(100).default(0),
    sdgTargets: z.array(sdgTarget).optional(),
    responsibles: z
      .array(
        z
          .strictObject({ city: key, organisation: key.optional(), office: shortText(300).optional() })
          .refine((r) => r.organisation || r.office, { message: 'name an organisation or an office', path: ['office'] }),
      )
      .optional(),
    indicators: z
      .array(
        z.strictObject({
          name: texts.min(1),
          unit: z.string().max(50).optional(),
          baseline: z.number().optional(),
          target: z.number().optional(),
          achieved: z.number().optional(),
          source: shortText(500).optional(),
        }),
      )
      .optional(),
  })
  .refine((m) => !m.startsOn || !m.endsOn || m.endsOn >= m.startsOn, { message: 'must not be before startsOn', path: ['endsOn'] });

const programme = z
  .strictObject({
    key,
    partnership: key,
    title: texts.min(1),
    summary: texts.optional(),
    originalLang: interfaceLang.optional(),
    startsOn: date,
    endsOn: date,
    fields: z
      .array(
        z.strictObject({
          theme: key,
          description: texts.optional(),
          goals: z.array(z.strictObject({ title: texts.min(1), description: texts.optional(), measures: z.array(measure).optional() })).optional(),
        }),
      )
      .optional(),
  })
  .superRefine((p, ctx) => {
    if (p.endsOn < p.startsOn) ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'must not be before startsOn' });
    const themes = new Map<string, number>();
    const measures = new Map<string, string>();
    p.fields?.forEach((f, i) => {
      const first = themes.get(f.theme);
      if (first !== undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['fields', i, 'theme'],
          message: `the theme "${f.theme}" is a field already (fields[${first}])`,
          params: { rule: 'duplicate' },
        });
      themes.set(f.theme, i);
      f.goals?.forEach((g, j) =>
        g.measures?.forEach((m, k) => {
          const at = `fields[${i}].goals[${j}].measures[${k}]`;
          const seen = measures.get(m.key);
          if (seen)
            ctx.addIssue({
              code: 'custom',
              path: ['fields', i, 'goals', j, 'measures', k, 'key'],
              message: `the key "${m.key}" is used by ${seen} already`,
              params: { rule: 'duplicate' },
            });
          else measures.set(m.key, at);
        }),
      );
    });
  });

// The parsed forms are the records the owning features write (defaults filled in): checked here
// by the compiler, so that the schema and the features' record types cannot drift apart.
const _activityFits: ActivityFileRecord = {} as z.output<typeof activity>;
const _programmeFits: ProgrammeFileRecord = {} as z.output<typeof programme>;
void _activityFits;
void _programmeFits;

export interface ParsedSections {
  errors: FieldError[];
  activities: ActivityFileRecord[];
  programmes: ProgrammeFileRecord[];
  /** Indexes of the entries that passed (reference checks look only at those). */
  validActivities: Set<number>;
  validProgrammes: Set<number>;
}

/** Checks the two sections entry by entry, so that one bad activity does not hide the others' problems. */
export function parseSections(document: unknown): ParsedSections {
  const result: ParsedSections = { errors: [], activities: [], programmes: [], validActivities: new Set(), validProgrammes: new Set() };
  const doc = (typeof document === 'object' && document !== null ? document : {}) as Record<string, unknown>;
  const check = <T>(name: string, schema: z.ZodType<T>, into: T[], valid: Set<number>) => {
    const list = doc[name];
    if (!Array.isArray(list)) return;
    list.forEach((entry, i) => {
      const parsed = schema.safeParse(entry);
      if (parsed.success) {
        into.push(parsed.data);
        valid.add(i);
      } else result.errors.push(...parsed.error.issues.flatMap((issue) => toFieldErrors(issue, [name, i])));
    });
  };
  check('activities', activity as unknown as z.ZodType<ActivityFileRecord>, result.activities, result.validActivities);
  check('programmes', programme as unknown as z.ZodType<ProgrammeFileRecord>, result.programmes, result.validProgrammes);
  return result;
}

/** `["activities", 2, "participants", 5, "country"]` → `$.activities[2].participants[5].country`, as the schema's errors. */
export const sectionPath = (path: readonly PropertyKey[]) =>
  path.reduce<string>((at, segment) => (typeof segment === 'number' ? `${at}[${segment}]` : `${at}.${String(segment)}`), '$');

function toFieldErrors(issue: z.core.$ZodIssue, prefix: (string | number)[]): FieldError[] {
  const path = [...prefix, ...issue.path];
  const name = String(issue.path.at(-1) ?? '');
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((k) => ({ path: sectionPath([...path, k]), rule: 'unknown_field', message: `"${k}" is not a field of the interchange format` }));
    case 'invalid_type':
      return issue.input === undefined
        ? [{ path: sectionPath(path), rule: 'required', message: `"${name}" is required` }]
        : [{ path: sectionPath(path), rule: 'invalid_type', message: `must be ${/^[aeiou]/.test(issue.expected) ? 'an' : 'a'} ${issue.expected}` }];
    case 'invalid_value':
      return [{ path: sectionPath(path), rule: 'invalid_enum', message: `must be one of: ${issue.values.map(String).join(', ')}` }];
    case 'invalid_format':
      return [{ path: sectionPath(path), rule: 'invalid_format', message: issue.message }];
    case 'too_small':
      return [{ path: sectionPath(path), rule: 'too_small', message: issue.minimum === 1 && issue.origin !== 'number' ? 'must not be empty' : issue.message }];
    case 'too_big':
      return [{ path: sectionPath(path), rule: 'too_big', message: issue.message }];
    default:
      return [{ path: sectionPath(path), rule: issue.code === 'custom' ? String(issue.params?.rule ?? 'invalid') : issue.code, message: issue.message }];
  }
}
