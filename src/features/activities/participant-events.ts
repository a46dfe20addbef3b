import type { ServiceContext } from '../../shared/context.ts';
import { recordDomainEvent, type DomainEventAction } from '../domain-events/index.ts';
import type { ParticipantRow } from './participant-access.ts';

/**
 * What an `activity-participant` event carries: what a mail needs (invitation, waiting list,
 * promotion), never the stated needs or gender, so that the history and the outbox hold no
 * more than a mail would and the needs erasure leaves no copy behind.
 */
export function participantSnapshot(row: ParticipantRow) {
  return {
    activityId: row.activityId,
    displayName: row.displayName,
    email: row.email,
    language: row.language,
    status: row.status,
    role: row.role,
    userId: row.userId,
    country: row.country,
  };
}

/** Records a participant's change (a cancellation is an update with status "cancelled"). */
export async function recordParticipantEvent(
  tx: ServiceContext,
  action: DomainEventAction,
  before: ParticipantRow | null,
  after: ParticipantRow,
): Promise<void> {
  await recordDomainEvent(tx, {
    entityType: 'activity-participant',
    entityId: after.id,
    action,
    ...(before ? { before: participantSnapshot(before) } : {}),
    after: participantSnapshot(after),
  });
}
