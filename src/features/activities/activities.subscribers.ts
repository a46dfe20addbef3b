import type { ServiceContext } from '../../shared/context.ts';
import type { DomainEvent, DomainEventSubscriber } from '../domain-events/index.ts';
import { activityRow, mailAllParticipants, mailParticipant, type CancellationReason } from './activity-mails.ts';
import { participantRow } from './participant-access.ts';

type ActivitySnapshot = {
  startsAt?: string;
  endsAt?: string;
  timeZone?: string;
  venue?: string | null;
  onlineUrl?: string | null;
  status?: string;
  reason?: CancellationReason;
};
type ParticipantSnapshot = { status?: string; email?: string | null };

// What a participant's calendar shows: a change of any of these sends the updated .ics.
const calendarFields = ['startsAt', 'endsAt', 'venue', 'onlineUrl'] as const;
const instant = (value: unknown) => (typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? new Date(value).getTime() : value);

/** What an `activity` event means for the participants' mailboxes. */
export function activityMailFor(event: DomainEvent): 'changed' | 'cancelled' | null {
  if (event.action !== 'update') return null;
  const before = (event.before ?? {}) as ActivitySnapshot;
  const after = (event.after ?? {}) as ActivitySnapshot;
  if (after.status === 'cancelled') return before.status === 'cancelled' ? null : 'cancelled';
  return calendarFields.some((field) => field in after && instant(after[field]) !== instant(before[field])) ? 'changed' : null;
}

/** What an `activity-participant` event means for that participant's mailbox. */
export function participantMailFor(event: DomainEvent): 'registered' | 'waiting' | 'promoted' | null {
  const after = (event.after ?? {}) as ParticipantSnapshot;
  const before = (event.before ?? {}) as ParticipantSnapshot;
  if (event.action === 'create') return after.status === 'registered' ? 'registered' : after.status === 'waiting' ? 'waiting' : null;
  if (event.action === 'update' && before.status === 'waiting' && after.status === 'registered') return 'promoted';
  return null;
}

/**
 * Invitations, waiting-list notices and promotions, with the activity's .ics in the participant's
 * language. After the commit: a registration must not wait for (or fail with) the mail. The mail
 * is enqueued in the transaction that marks the event handled, so it is enqueued once per event.
 * It reads the rows as they are now: a participant erased or cancelled meanwhile gets nothing.
 */
const mailParticipants: DomainEventSubscriber = {
  name: 'activities.mail-participant',
  entityTypes: ['activity-participant'],
  runs: 'after-commit',
  async handle(ctx: ServiceContext, events) {
    for (const event of events) {
      const kind = participantMailFor(event);
      if (!kind) continue;
      const participant = await participantRow(ctx, event.entityId).catch(() => null);
      if (!participant || participant.status !== (kind === 'waiting' ? 'waiting' : 'registered')) continue;
      const activity = await activityRow(ctx, participant.activityId);
      if (!activity || activity.status === 'cancelled') continue;
      await mailParticipant(ctx, activity, participant, kind);
    }
  },
};

/**
 * A change of time, place or link mails every registered participant the updated .ics (same UID,
 * the activity's raised SEQUENCE); a cancellation mails a CANCEL .ics to everyone registered or waiting.
 */
const mailActivityChanges: DomainEventSubscriber = {
  name: 'activities.mail-activity-change',
  entityTypes: ['activity'],
  runs: 'after-commit',
  async handle(ctx: ServiceContext, events) {
    for (const event of events) {
      const kind = activityMailFor(event);
      if (!kind) continue;
      const activity = await activityRow(ctx, event.entityId);
      if (!activity) continue;
      // A change mailed after a later cancellation would resurrect the event in calendars.
      if (kind === 'changed' && activity.status === 'cancelled') continue;
      await mailAllParticipants(ctx, activity, kind, (event.after as ActivitySnapshot).reason);
    }
  },
};

export default [mailParticipants, mailActivityChanges];
