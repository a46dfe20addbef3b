import { and, eq } from 'drizzle-orm';
import { actorUserId } from '../../shared/actor.ts';
import { inTransaction, type ServiceContext } from '../../shared/context.ts';
import { AppError, forbidden, invalid, notFound } from '../../shared/errors.ts';
import { recordDomainEvent } from '../domain-events/index.ts';
import { recordMetThroughActivity } from '../introductions/index.ts';
import { organisationRefsByIds } from '../organisations/index.ts';
import type { z } from 'zod';
import type { encounterSchema, RecordEncounterRequest } from './activities.schemas.ts';

type ActivityEncounter = z.infer<typeof encounterSchema>;
import { activityEncounters, activityOrganisers, activityParticipants } from './activities.table.ts';
import { titleIn } from './activity-calendar.ts';
import { canOrganiseActivity } from './activity-policy.ts';
import { readableActivity } from './activity-read.ts';
import { loadActivityFacts } from './activity-facts.ts';
import { toLocalDay } from './local-time.ts';

const ENCOUNTER = 'The encounter';
type EncounterRow = typeof activityEncounters.$inferSelect;

async function present(ctx: ServiceContext, row: EncounterRow): Promise<ActivityEncounter> {
  const refs = new Map((await organisationRefsByIds(ctx, [row.organisationAId, row.organisationBId])).map((o) => [o.id, o]));
  const ref = (id: string) => {
    const o = refs.get(id)!;
    return { id: o.id, key: o.key, name: o.name, cityId: o.cityId };
  };
  return {
    id: row.id,
    organisationA: ref(row.organisationAId),
    organisationB: ref(row.organisationBId),
    introductionId: row.introductionId,
    recordedAt: row.recordedAt.toISOString(),
  };
}

/** The organisations taking part: those of registered participants (any source) and the organisers. */
async function participatingOrganisationIds(ctx: ServiceContext, activityId: string): Promise<Set<string>> {
  const participants = await ctx.db
    .selectDistinct({ id: activityParticipants.organisationId })
    .from(activityParticipants)
    .where(and(eq(activityParticipants.activityId, activityId), eq(activityParticipants.status, 'registered')));
  const organisers = await ctx.db
    .select({ id: activityOrganisers.organisationId })
    .from(activityOrganisers)
    .where(eq(activityOrganisers.activityId, activityId));
  return new Set([...participants, ...organisers].map((r) => r.id).filter((id): id is string => !!id));
}

const exists = () =>
  new AppError('encounter_exists', 409, 'This encounter is already recorded for the activity.', [
    { path: 'organisationBId', rule: 'unique', message: 'These two organisations are already recorded as having met here.' },
  ]);

/**
 * The organisers record that two participating organisations of different cities of the
 * partnership met at the activity. The pair is stored sorted (a < b), and it becomes (or moves
 * forward) the introduction between them at the stage "met": a tie in the partnership's network.
 */
export async function recordEncounter(ctx: ServiceContext, idOrKey: string, input: RecordEncounterRequest, now = new Date()): Promise<ActivityEncounter> {
  return inTransaction(ctx, async (tx) => {
    const { row: activity, facts } = await readableActivity(tx, idOrKey);
    if (!canOrganiseActivity(tx.actor, facts)) throw forbidden('Only the organisers of the activity record who met whom.');
    if (input.organisationAId === input.organisationBId) {
      throw invalid([{ path: 'organisationBId', rule: 'same_organisation', message: 'Choose two different organisations.' }]);
    }
    const taking = await participatingOrganisationIds(tx, activity.id);
    const refs = new Map((await organisationRefsByIds(tx, [input.organisationAId, input.organisationBId])).map((o) => [o.id, o]));
    const fields = (['organisationAId', 'organisationBId'] as const).flatMap((path) => {
      const org = refs.get(input[path]);
      if (!org || !taking.has(org.id)) {
        return [
          { path, rule: 'not_participating', message: 'Choose an organisation taking part in the activity (a registered participant’s or an organiser).' },
        ];
      }
      if (!org.cityId || !facts.partnershipCityIds.includes(org.cityId)) {
        return [{ path, rule: 'not_partnership_city', message: 'Choose an organisation of one of the partnership’s cities.' }];
      }
      return [];
    });
    if (fields.length) throw invalid(fields);
    if (refs.get(input.organisationAId)!.cityId === refs.get(input.organisationBId)!.cityId) {
      throw invalid([{ path: 'organisationBId', rule: 'same_city', message: 'Encounters connect organisations of two different cities of the partnership.' }]);
    }
    const [a, b] = [input.organisationAId, input.organisationBId].sort();
    const [already] = await tx.db
      .select({ id: activityEncounters.id })
      .from(activityEncounters)
      .where(and(eq(activityEncounters.activityId, activity.id), eq(activityEncounters.organisationAId, a), eq(activityEncounters.organisationBId, b)));
    if (already) throw exists();
    const today = now.toISOString().slice(0, 10);
    const firstDay = toLocalDay(activity.startsAt, activity.timeZone);
    const introductionId = await recordMetThroughActivity(tx, {
      organisationAId: a,
      organisationBId: b,
      metOn: firstDay < today ? firstDay : today,
      activityTitle: titleIn(activity.title, activity.originalLang, activity.originalLang),
    });
    const [row] = await tx.db
      .insert(activityEncounters)
      .values({ activityId: activity.id, organisationAId: a, organisationBId: b, introductionId, recordedBy: actorUserId(tx.actor) })
      .returning();
    await recordDomainEvent(tx, { entityType: 'activity-encounter', entityId: row.id, action: 'create', after: row });
    return present(tx, row);
  });
}

/** The organisers take an encounter back; the introduction it made or moved stays (the two did meet, or may say otherwise there). */
export async function deleteEncounter(ctx: ServiceContext, id: string): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const [row] = await tx.db.select().from(activityEncounters).where(eq(activityEncounters.id, id)).for('update');
    if (!row) throw notFound(ENCOUNTER);
    const facts = await loadActivityFacts(tx, row.activityId);
    // A reader who may not read the activity learns nothing of its encounters.
    await readableActivity(tx, row.activityId).catch(() => {
      throw notFound(ENCOUNTER);
    });
    if (!canOrganiseActivity(tx.actor, facts)) throw forbidden('Only the organisers of the activity change who met whom.');
    await tx.db.delete(activityEncounters).where(eq(activityEncounters.id, id));
    await recordDomainEvent(tx, { entityType: 'activity-encounter', entityId: id, action: 'delete', before: row });
  });
}
