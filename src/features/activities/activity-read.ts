import { and, asc, count, eq, lte, ne } from 'drizzle-orm';
import { actorUserId } from '../../shared/actor.ts';
import type { ServiceContext } from '../../shared/context.ts';
import { notFound } from '../../shared/errors.ts';
import { recordLanguage, textsByLanguage } from '../../shared/localised-texts.ts';
import type { LocalisedText, UiLocale } from '../../shared/locales.ts';
import { linkedMeasure } from './activity-measure-port.ts';
import { cityRefsByIds, type CityRef } from '../cities/index.ts';
import { organisationRefsByIds, type OrganisationRef } from '../organisations/index.ts';
import { partnershipNames } from '../partnerships/index.ts';
import { projectPartnershipId } from '../projects/index.ts';
import { detectLanguage } from '../tagging/index.ts';
import type { Activity, ActivitySummary } from './activities.schemas.ts';
import { activities, activityAgendaItems, activityAttendance, activityEncounters, activityOrganisers, activityParticipants } from './activities.table.ts';
import { activityCan } from './activity-can.ts';
import { loadActivityFacts, type LoadedActivityFacts } from './activity-facts.ts';
import { canReadActivity, participantListScope } from './activity-policy.ts';
import type { ParticipantStatus } from './activity-vocabulary.ts';
import { localDaysBetween, toLocalDateTime } from './local-time.ts';
import { presentParticipant } from './participant-view.ts';
import { registrationWindow } from './registration-window.ts';

export type ActivityRow = typeof activities.$inferSelect;

/** The language an activity was written in (stored; else estimated from its texts). */
export const activityLanguage = (row: Pick<ActivityRow, 'originalLang' | 'title' | 'description'>): UiLocale =>
  recordLanguage(row.originalLang, [row.title, row.description], detectLanguage);

const cityRefOf = (c: CityRef) => ({ id: c.id, key: c.key, name: c.name, country: c.country, timeZone: c.timeZone });
const organisationRefOf = (o: OrganisationRef) => ({ id: o.id, key: o.key, name: o.name, cityId: o.cityId });

/**
 * The activity with this id or key and its policy facts, when the caller may read it. A
 * non-public activity is a 404 to those who may not read it: its existence must not leak.
 */
export async function readableActivity(ctx: ServiceContext, idOrKey: string): Promise<{ row: ActivityRow; facts: LoadedActivityFacts }> {
  const facts = await loadActivityFacts(ctx, idOrKey);
  if (!canReadActivity(ctx.actor, facts)) throw notFound('The activity');
  const [row] = await ctx.db.select().from(activities).where(eq(activities.id, facts.activityId));
  if (!row) throw notFound('The activity');
  return { row, facts };
}

/** The fields a list item and the full record share. */
export function activitySummaryOf(
  row: ActivityRow,
  more: { hostCity: CityRef | null; registered: number; myStatus: ParticipantStatus | null; can: ActivitySummary['can'] },
): ActivitySummary {
  const lang = activityLanguage(row);
  return {
    id: row.id,
    key: row.key,
    partnershipId: row.partnershipId,
    kind: row.kind,
    status: row.status,
    title: textsByLanguage(row.title, lang),
    originalLang: lang,
    hostCity: more.hostCity ? cityRefOf(more.hostCity) : null,
    timeZone: row.timeZone,
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
    startsLocal: toLocalDateTime(row.startsAt, row.timeZone),
    endsLocal: toLocalDateTime(row.endsAt, row.timeZone),
    venue: row.venue,
    languages: row.languages,
    themes: row.themes,
    isPublic: row.isPublic,
    registered: more.registered,
    capacity: row.capacity,
    myStatus: more.myStatus,
    can: more.can,
  };
}

async function participantCounts(ctx: ServiceContext, activityId: string) {
  const rows = await ctx.db
    .select({ status: activityParticipants.status, n: count() })
    .from(activityParticipants)
    .where(eq(activityParticipants.activityId, activityId))
    .groupBy(activityParticipants.status);
  const of = (s: ParticipantStatus) => rows.find((r) => r.status === s)?.n ?? 0;
  return { registered: of('registered'), waiting: of('waiting') };
}

/** The caller's own registration (not cancelled), with its attended days and place on the waiting list. */
async function myRegistration(ctx: ServiceContext, activityId: string, scope: 'all' | 'listed' | 'counts') {
  const userId = actorUserId(ctx.actor);
  if (!userId) return null;
  const [row] = await ctx.db
    .select()
    .from(activityParticipants)
    .where(and(eq(activityParticipants.activityId, activityId), eq(activityParticipants.userId, userId), ne(activityParticipants.status, 'cancelled')));
  if (!row) return null;
  const days = await ctx.db.select({ day: activityAttendance.day }).from(activityAttendance).where(eq(activityAttendance.participantId, row.id));
  let waitingPosition: number | null = null;
  if (row.status === 'waiting') {
    const [ahead] = await ctx.db
      .select({ n: count() })
      .from(activityParticipants)
      .where(
        and(
          eq(activityParticipants.activityId, activityId),
          eq(activityParticipants.status, 'waiting'),
          lte(activityParticipants.registeredAt, row.registeredAt),
        ),
      );
    waitingPosition = ahead?.n ?? 1;
  }
  return presentParticipant(row, {
    scope,
    viewerUserId: userId,
    attendedDays: days.map((d) => d.day),
    waitingPosition,
  });
}

const textsOf = (stored: LocalisedText[], lang: UiLocale) => textsByLanguage(stored, lang);

/** The full record as the caller reads it (the caller checked that they may). */
export async function presentActivity(ctx: ServiceContext, row: ActivityRow, facts: LoadedActivityFacts, now = new Date()): Promise<Activity> {
  const lang = activityLanguage(row);
  const organiserRows = await ctx.db
    .select({ organisationId: activityOrganisers.organisationId })
    .from(activityOrganisers)
    .where(eq(activityOrganisers.activityId, row.id))
    .orderBy(asc(activityOrganisers.position));
  const agenda = await ctx.db
    .select()
    .from(activityAgendaItems)
    .where(eq(activityAgendaItems.activityId, row.id))
    .orderBy(asc(activityAgendaItems.position), asc(activityAgendaItems.startsAt));
  const encounters = await ctx.db
    .select()
    .from(activityEncounters)
    .where(eq(activityEncounters.activityId, row.id))
    .orderBy(asc(activityEncounters.recordedAt));
  const orgIds = [...new Set([...organiserRows.map((o) => o.organisationId), ...encounters.flatMap((e) => [e.organisationAId, e.organisationBId])])];
  const orgs = new Map((await organisationRefsByIds(ctx, orgIds)).map((o) => [o.id, o]));
  const [hostCity] = row.hostCityId ? await cityRefsByIds(ctx, [row.hostCityId]) : [];
  const [partnership] = await partnershipNames(ctx, 'id', [row.partnershipId]);
  const project = row.projectId ? await projectPartnershipId(ctx, row.projectId) : null;
  const measure = row.measureId ? await linkedMeasure(ctx, row.measureId) : null;
  const counts = await participantCounts(ctx, row.id);
  const scope = participantListScope(ctx.actor, facts);
  const mine = await myRegistration(ctx, row.id, scope);
  const window = registrationWindow({ ...row, registered: counts.registered }, now);
  const summary = activitySummaryOf(row, {
    hostCity: hostCity ?? null,
    registered: counts.registered,
    myStatus: mine?.status ?? null,
    can: activityCan(ctx.actor, facts, window, mine?.status ?? null),
  });
  const orgRef = (id: string) => {
    const o = orgs.get(id);
    return o ? organisationRefOf(o) : { id, key: '', name: '', cityId: null };
  };
  return {
    ...summary,
    partnership: { id: row.partnershipId, key: partnership?.key ?? '', name: partnership?.name ?? '' },
    description: textsOf(row.description, lang),
    onlineUrl: row.onlineUrl,
    days: localDaysBetween(row.startsAt, row.endsAt, row.timeZone),
    concepts: row.concepts,
    organisers: organiserRows.filter((o) => orgs.has(o.organisationId)).map((o) => orgRef(o.organisationId)),
    agenda: agenda.map((a) => ({
      id: a.id,
      startsLocal: toLocalDateTime(a.startsAt, row.timeZone),
      endsLocal: a.endsAt ? toLocalDateTime(a.endsAt, row.timeZone) : null,
      title: textsOf(a.title, lang),
      speakers: a.speakers,
      language: a.language,
    })),
    project: project && row.projectId ? { id: row.projectId, title: project.title } : null,
    measure: measure && row.measureId ? { id: row.measureId, key: measure.key, title: textsOf(measure.title, lang) } : null,
    registration: {
      open: window.open,
      registrationOpen: row.registrationOpen,
      deadline: row.registrationDeadline?.toISOString() ?? null,
      deadlineLocal: row.registrationDeadline ? toLocalDateTime(row.registrationDeadline, row.timeZone) : null,
      waiting: counts.waiting,
      placesLeft: window.placesLeft,
      closedBecause: window.closedBecause,
    },
    myRegistration: mine,
    outcomes: textsOf(row.outcomes, lang),
    cancellationReason: textsOf(row.cancellationReason, lang),
    minutes: textsOf(row.minutes, lang),
    encounters: encounters.map((e) => ({
      id: e.id,
      organisationA: orgRef(e.organisationAId),
      organisationB: orgRef(e.organisationBId),
      introductionId: e.introductionId,
      recordedAt: e.recordedAt.toISOString(),
    })),
    needsRetentionDays: row.needsRetentionDays,
    needsErasedAt: row.needsErasedAt?.toISOString() ?? null,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** GET /api/activities/:id: public activities to anyone, the others to their readers (else 404). */
export async function getActivity(ctx: ServiceContext, idOrKey: string, now = new Date()): Promise<Activity> {
  const { row, facts } = await readableActivity(ctx, idOrKey);
  return presentActivity(ctx, row, facts, now);
}
