import type { ActivityParticipant } from './activities.schemas.ts';
import type { ParticipantRow } from './participant-access.ts';

/**
 * What the caller may do with a participant row, as the use cases decide it: the organisers
 * (scope 'all') and the participant themselves edit and cancel a live participation; attendance
 * is recorded by the organisers for registered participants only (not the waiting list).
 */
export function participantCan(row: ParticipantRow, scope: 'all' | 'listed' | 'counts', viewerUserId: string | null): ActivityParticipant['can'] {
  const organiser = scope === 'all';
  const self = viewerUserId !== null && row.userId === viewerUserId;
  const live = row.status !== 'cancelled';
  return { edit: (organiser || self) && live, cancel: (organiser || self) && live, recordAttendance: organiser && row.status === 'registered' };
}
