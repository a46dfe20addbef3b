import type { ServiceContext } from '../../shared/context.ts';
import { capitalTimeZone } from '../../shared/country-time-zones.ts';
import { invalid, type FieldError } from '../../shared/errors.ts';
import { chooseOriginalLanguage, storedTexts } from '../../shared/localised-texts.ts';
import type { UiLocale } from '../../shared/locales.ts';
import { linkedMeasure } from './activity-measure-port.ts';
import { cityRefsByIds } from '../cities/index.ts';
import { organisationRefsByIds } from '../organisations/index.ts';
import { projectPartnershipId } from '../projects/index.ts';
import { conceptTaggerFor } from '../tagging/index.ts';
import type { CreateActivityRequest } from './activities.schemas.ts';
import type { activities, activityAgendaItems } from './activities.table.ts';
import { fromLocalDateTime, isKnownTimeZone } from './local-time.ts';

type ActivityInput = Omit<CreateActivityRequest, 'key'>;
export type ActivityColumns = Omit<typeof activities.$inferInsert, 'id' | 'key' | 'partnershipId' | 'createdBy' | 'version' | 'createdAt' | 'updatedAt'>;
export type AgendaRow = Omit<typeof activityAgendaItems.$inferInsert, 'activityId'>;

export interface CheckedActivity {
  columns: ActivityColumns;
  agenda: AgendaRow[];
  organiserIds: string[];
}

const fieldError = (path: string, rule: string, message: string): FieldError => ({ path, rule, message });

/**
 * The zone the local times are in: given, else the host city's, else that of its country's capital
 * (a city record without a zone: the demo's, most imported ones); an online activity names one.
 */
async function chooseTimeZone(ctx: ServiceContext, input: ActivityInput, memberCityIds: readonly string[], errors: FieldError[]): Promise<string | null> {
  let zone = input.timeZone ?? null;
  if (input.hostCityId) {
    if (!memberCityIds.includes(input.hostCityId)) {
      errors.push(fieldError('hostCityId', 'not_member', 'The host city must be one of the partnership’s cities.'));
    } else if (!zone) {
      const [city] = await cityRefsByIds(ctx, [input.hostCityId]);
      zone = city?.timeZone ?? (city ? capitalTimeZone(city.country) : null);
    }
  }
  if (!zone) {
    if (!errors.some((e) => e.path === 'hostCityId')) {
      errors.push(
        fieldError(
          'timeZone',
          'required',
          input.hostCityId ? 'Pontis knows no time zone for the host city: name one.' : 'An online activity needs a time zone.',
        ),
      );
    }
    return null;
  }
  if (!isKnownTimeZone(zone)) {
    errors.push(fieldError('timeZone', 'unknown_zone', `"${zone}" is not a known time zone (use an IANA name such as Europe/Bucharest).`));
    return null;
  }
  return zone;
}

function instant(local: string, zone: string, path: string, errors: FieldError[]): Date | null {
  const at = fromLocalDateTime(local, zone);
  if (!at) errors.push(fieldError(path, 'invalid_date', `${local} is not a date and time that exists.`));
  return at;
}

/** Agenda items start on one of the activity's local days (a typo in the year must not pass). */
function agendaRows(input: ActivityInput, zone: string, firstDay: string, lastDay: string, errors: FieldError[], lang: UiLocale): AgendaRow[] {
  return input.agenda.map((item, position) => {
    const path = `agenda.${position}`;
    const startsAt = instant(item.startsLocal, zone, `${path}.startsLocal`, errors);
    const day = item.startsLocal.slice(0, 10);
    if (startsAt && (day < firstDay || day > lastDay)) {
      errors.push(fieldError(`${path}.startsLocal`, 'outside_activity', `The item starts on ${day}, not a day of the activity (${firstDay} to ${lastDay}).`));
    }
    const endsAt = item.endsLocal ? instant(item.endsLocal, zone, `${path}.endsLocal`, errors) : null;
    if (startsAt && endsAt && endsAt < startsAt) errors.push(fieldError(`${path}.endsLocal`, 'before_start', 'The item ends before it starts.'));
    return {
      position,
      startsAt: startsAt ?? new Date(0),
      endsAt,
      title: storedTexts(item.title, chooseOriginalLanguage(undefined, lang, item.title) ?? lang),
      speakers: item.speakers ?? null,
      language: item.language ?? null,
    };
  });
}

/** The organising organisations, once each, in the order given; unknown ones are named. */
async function organisers(ctx: ServiceContext, ids: readonly string[], errors: FieldError[]): Promise<string[]> {
  const unique = [...new Set(ids)];
  const found = new Set((await organisationRefsByIds(ctx, unique)).map((o) => o.id));
  ids.forEach((id, i) => {
    if (!found.has(id)) errors.push(fieldError(`organiserOrganisationIds.${i}`, 'not_found', 'There is no organisation with this id.'));
  });
  return unique.filter((id) => found.has(id));
}

/** A joint project or a measure of the action programme belongs to the same partnership. */
async function checkLinks(ctx: ServiceContext, input: ActivityInput, partnershipId: string, errors: FieldError[]) {
  if (input.projectId) {
    const project = await projectPartnershipId(ctx, input.projectId);
    if (project?.partnershipId !== partnershipId) {
      errors.push(fieldError('projectId', project ? 'other_partnership' : 'not_found', 'Link a joint project of the same partnership.'));
    }
  }
  if (input.measureId) {
    const measure = await linkedMeasure(ctx, input.measureId);
    if (measure?.partnershipId !== partnershipId) {
      errors.push(fieldError('measureId', measure ? 'other_partnership' : 'not_found', 'Link a measure of the same partnership’s action programme.'));
    }
  }
}

/** The concepts the title and description speak of, as the other records are tagged. */
async function conceptsOf(ctx: ServiceContext, input: ActivityInput): Promise<string[]> {
  const tagger = await conceptTaggerFor(ctx);
  const concepts = new Set<string>();
  for (const lang of ['de', 'ro', 'en', 'hu'] as const) {
    const text = [input.title[lang], input.description?.[lang]].filter(Boolean).join('\n');
    if (text) for (const c of tagger.tag(text, { lang }).concepts) concepts.add(c.key);
  }
  return [...concepts].sort();
}

/**
 * Checks an activity as written and turns it into columns: local times into instants in the
 * activity's zone, the references (host city, organisers, project, measure) against the
 * partnership. Every problem is named at once (400 with one field error each).
 */
export async function checkActivityInput(
  ctx: ServiceContext,
  input: ActivityInput,
  partnership: { id: string; cityIds: readonly string[] },
  currentLang: UiLocale | null,
): Promise<CheckedActivity> {
  const errors: FieldError[] = [];
  const lang = chooseOriginalLanguage(input.originalLang, currentLang, input.title);
  if (!lang) errors.push(fieldError('originalLang', 'no_title', `The title has no text in the original language (${input.originalLang}).`));
  const zone = await chooseTimeZone(ctx, input, partnership.cityIds, errors);
  let startsAt: Date | null = null;
  let endsAt: Date | null = null;
  let deadline: Date | null = null;
  let agenda: AgendaRow[] = [];
  if (zone) {
    startsAt = instant(input.startsLocal, zone, 'startsLocal', errors);
    endsAt = instant(input.endsLocal, zone, 'endsLocal', errors);
    if (startsAt && endsAt && endsAt < startsAt) errors.push(fieldError('endsLocal', 'before_start', 'The activity ends before it starts.'));
    if (input.registrationDeadlineLocal) deadline = instant(input.registrationDeadlineLocal, zone, 'registrationDeadlineLocal', errors);
    agenda = agendaRows(input, zone, input.startsLocal.slice(0, 10), input.endsLocal.slice(0, 10), errors, lang ?? 'en');
  }
  const organiserIds = await organisers(ctx, input.organiserOrganisationIds, errors);
  await checkLinks(ctx, input, partnership.id, errors);
  if (errors.length || !lang || !zone || !startsAt || !endsAt) throw invalid(errors);
  return {
    columns: {
      kind: input.kind,
      title: storedTexts(input.title, lang),
      description: storedTexts(input.description, lang),
      originalLang: lang,
      hostCityId: input.hostCityId,
      timeZone: zone,
      startsAt,
      endsAt,
      venue: input.venue ?? null,
      onlineUrl: input.onlineUrl ?? null,
      languages: [...new Set(input.languages.map((l) => l.toLowerCase()))],
      themes: [...new Set(input.themes)],
      concepts: await conceptsOf(ctx, input),
      projectId: input.projectId ?? null,
      measureId: input.measureId ?? null,
      isPublic: input.isPublic,
      registrationOpen: input.registrationOpen,
      capacity: input.capacity ?? null,
      registrationDeadline: deadline,
      needsRetentionDays: input.needsRetentionDays,
    },
    agenda,
    organiserIds,
  };
}
