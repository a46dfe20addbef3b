import { desc, eq } from 'drizzle-orm';
import { updateVersioned } from '../../db/versioned-update.ts';
import { actorUserId } from '../../shared/actor.ts';
import { inTransaction, type ServiceContext } from '../../shared/context.ts';
import { invalid, notFound } from '../../shared/errors.ts';
import { chooseOriginalLanguage, recordLanguage, storedTexts, textsByLanguage } from '../../shared/localised-texts.ts';
import type { UiLocale } from '../../shared/locales.ts';
import { detectLanguage } from '../tagging/index.ts';
import { recordDomainEvent } from '../domain-events/index.ts';
import { findPartnershipRow, partnershipCityIds, requirePartnershipEditor } from './partnership-access.ts';
import { canEditPartnership } from './partnership-policy.ts';
import { timelineEvents } from './partnerships.table.ts';
import type { CreateTimelineEventRequest, TimelineEvent, UpdateTimelineEventRequest } from './timeline-events.schemas.ts';

type TimelineEventRow = typeof timelineEvents.$inferSelect;

/** An event as the caller reads it; `mayEdit`: canEditPartnership for its partnership's cities. */
export function presentTimelineEvent(row: TimelineEventRow, mayEdit: boolean): TimelineEvent {
  const lang = recordLanguage(row.originalLang, [row.title, row.description], detectLanguage);
  return {
    id: row.id,
    partnershipId: row.partnershipId,
    kind: row.kind as TimelineEvent['kind'],
    occurredOn: row.occurredOn,
    title: textsByLanguage(row.title, lang),
    description: textsByLanguage(row.description, lang),
    originalLang: lang,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
    can: { edit: mayEdit, delete: mayEdit },
  };
}

/** A partnership's timeline, newest first. `cityIds`: its member cities, when the caller already read them. */
export async function timelineOfPartnership(ctx: ServiceContext, partnershipId: string, cityIds?: readonly string[]): Promise<TimelineEvent[]> {
  const rows = await ctx.db
    .select()
    .from(timelineEvents)
    .where(eq(timelineEvents.partnershipId, partnershipId))
    .orderBy(desc(timelineEvents.occurredOn), desc(timelineEvents.createdAt), timelineEvents.id);
  if (!rows.length) return [];
  const mayEdit = canEditPartnership(ctx.actor, cityIds ?? (await partnershipCityIds(ctx, partnershipId)));
  return rows.map((row) => presentTimelineEvent(row, mayEdit));
}

export async function findTimelineEventRow(ctx: ServiceContext, id: string): Promise<TimelineEventRow> {
  const [row] = await ctx.db.select().from(timelineEvents).where(eq(timelineEvents.id, id));
  if (!row) throw notFound('The timeline event');
  return row;
}

const auditView = ({ updatedAt: _u, can: _can, ...rest }: TimelineEvent) => rest;

/** The texts as stored, in the event's original language; a 400 naming originalLang when its title lacks that language. */
function textColumns(input: CreateTimelineEventRequest, current: UiLocale | null) {
  const lang = chooseOriginalLanguage(input.originalLang, current, input.title);
  if (!lang) {
    throw invalid([{ path: 'originalLang', rule: 'no_title', message: `The title has no text in the original language (${input.originalLang}).` }]);
  }
  return { title: storedTexts(input.title, lang), description: storedTexts(input.description, lang), originalLang: lang };
}

export async function createTimelineEvent(ctx: ServiceContext, partnershipIdOrKey: string, input: CreateTimelineEventRequest): Promise<TimelineEvent> {
  return inTransaction(ctx, async (tx) => {
    const partnership = await findPartnershipRow(tx, partnershipIdOrKey);
    const cityIds = await requirePartnershipEditor(tx, partnership.id);
    const [row] = await tx.db
      .insert(timelineEvents)
      .values({
        partnershipId: partnership.id,
        kind: input.kind,
        occurredOn: input.occurredOn,
        ...textColumns(input, null),
        updatedBy: actorUserId(ctx.actor),
      })
      .returning();
    const created = presentTimelineEvent(row, canEditPartnership(ctx.actor, cityIds));
    await recordDomainEvent(tx, { entityType: 'timeline-event', entityId: row.id, action: 'create', after: auditView(created) });
    return created;
  });
}

export async function updateTimelineEvent(ctx: ServiceContext, id: string, input: UpdateTimelineEventRequest): Promise<TimelineEvent> {
  return inTransaction(ctx, async (tx) => {
    const current = await findTimelineEventRow(tx, id);
    const cityIds = await requirePartnershipEditor(tx, current.partnershipId);
    const before = presentTimelineEvent(current, canEditPartnership(ctx.actor, cityIds));
    const row = await updateVersioned(tx, timelineEvents, 'The timeline event', id, input.version, {
      kind: input.kind,
      occurredOn: input.occurredOn,
      ...textColumns(input, before.originalLang),
    });
    const after = presentTimelineEvent(row, canEditPartnership(ctx.actor, cityIds));
    await recordDomainEvent(tx, { entityType: 'timeline-event', entityId: id, action: 'update', before: auditView(before), after: auditView(after) });
    return after;
  });
}

export async function deleteTimelineEvent(ctx: ServiceContext, id: string): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const current = await findTimelineEventRow(tx, id);
    const cityIds = await requirePartnershipEditor(tx, current.partnershipId);
    const before = presentTimelineEvent(current, canEditPartnership(ctx.actor, cityIds));
    await tx.db.delete(timelineEvents).where(eq(timelineEvents.id, id));
    await recordDomainEvent(tx, { entityType: 'timeline-event', entityId: id, action: 'delete', before: auditView(before) });
  });
}
