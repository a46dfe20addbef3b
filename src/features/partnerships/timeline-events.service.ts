import { desc, eq } from 'drizzle-orm';
import { updateVersioned } from '../../db/versioned-update.ts';
import { actorUserId } from '../../shared/actor.ts';
import { inTransaction, type ServiceContext } from '../../shared/context.ts';
import { notFound } from '../../shared/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { findPartnershipRow, requirePartnershipEditor } from './partnership-access.ts';
import { timelineEvents } from './partnerships.table.ts';
import type { CreateTimelineEventRequest, TimelineEvent, UpdateTimelineEventRequest } from './timeline-events.schemas.ts';

type TimelineEventRow = typeof timelineEvents.$inferSelect;

export function presentTimelineEvent(row: TimelineEventRow): TimelineEvent {
  return {
    id: row.id,
    partnershipId: row.partnershipId,
    kind: row.kind as TimelineEvent['kind'],
    occurredOn: row.occurredOn,
    title: row.title,
    description: row.description,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** A partnership's timeline, newest first. */
export async function timelineOfPartnership(ctx: ServiceContext, partnershipId: string): Promise<TimelineEvent[]> {
  const rows = await ctx.db
    .select()
    .from(timelineEvents)
    .where(eq(timelineEvents.partnershipId, partnershipId))
    .orderBy(desc(timelineEvents.occurredOn), desc(timelineEvents.createdAt), timelineEvents.id);
  return rows.map(presentTimelineEvent);
}

export async function findTimelineEventRow(ctx: ServiceContext, id: string): Promise<TimelineEventRow> {
  const [row] = await ctx.db.select().from(timelineEvents).where(eq(timelineEvents.id, id));
  if (!row) throw notFound('The timeline event');
  return row;
}

const auditView = ({ updatedAt: _u, ...rest }: TimelineEvent) => rest;

export async function createTimelineEvent(ctx: ServiceContext, partnershipIdOrKey: string, input: CreateTimelineEventRequest): Promise<TimelineEvent> {
  return inTransaction(ctx, async (tx) => {
    const partnership = await findPartnershipRow(tx, partnershipIdOrKey);
    await requirePartnershipEditor(tx, partnership.id);
    const [row] = await tx.db
      .insert(timelineEvents)
      .values({
        partnershipId: partnership.id,
        kind: input.kind,
        occurredOn: input.occurredOn,
        title: input.title,
        description: input.description ?? null,
        updatedBy: actorUserId(ctx.actor),
      })
      .returning();
    const created = presentTimelineEvent(row);
    await recordAudit(tx, { entityType: 'timeline-event', entityId: row.id, action: 'create', after: auditView(created) });
    return created;
  });
}

export async function updateTimelineEvent(ctx: ServiceContext, id: string, input: UpdateTimelineEventRequest): Promise<TimelineEvent> {
  return inTransaction(ctx, async (tx) => {
    const before = presentTimelineEvent(await findTimelineEventRow(tx, id));
    await requirePartnershipEditor(tx, before.partnershipId);
    const row = await updateVersioned(tx, timelineEvents, 'The timeline event', id, input.version, {
      kind: input.kind,
      occurredOn: input.occurredOn,
      title: input.title,
      description: input.description ?? null,
    });
    const after = presentTimelineEvent(row);
    await recordAudit(tx, { entityType: 'timeline-event', entityId: id, action: 'update', before: auditView(before), after: auditView(after) });
    return after;
  });
}

export async function deleteTimelineEvent(ctx: ServiceContext, id: string): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const before = presentTimelineEvent(await findTimelineEventRow(tx, id));
    await requirePartnershipEditor(tx, before.partnershipId);
    await tx.db.delete(timelineEvents).where(eq(timelineEvents.id, id));
    await recordAudit(tx, { entityType: 'timeline-event', entityId: id, action: 'delete', before: auditView(before) });
  });
}
