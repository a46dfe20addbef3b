import type { UiLocale } from '../../shared/locales.ts';
import type { ActivityParticipant } from './activities.schemas.ts';
import type { activityParticipants } from './activities.table.ts';

export type ParticipantRow = typeof activityParticipants.$inferSelect;

export interface ParticipantViewOptions {
  /** participantListScope of the caller: 'all' for the organisers. */
  scope: 'all' | 'listed' | 'counts';
  /** The caller's user id (null for the public): participants see their own row in full. */
  viewerUserId: string | null;
  /** Local days with confirmed attendance. */
  attendedDays: readonly string[];
  /** Place on the waiting list (1 = next), for a waiting row. */
  waitingPosition?: number | null;
  /** What the caller may do with the row; by default: organisers everything, the participant edit and cancel. */
  can?: ActivityParticipant['can'];
}

/**
 * A participant row as the caller may read it. E-mail, stated gender and needs are personal:
 * shown to the organisers (scope 'all') and to the participant, null to everyone else. Which rows
 * a caller gets at all ('listed' only those who consented) is the caller's query's business.
 */
export function presentParticipant(row: ParticipantRow, o: ParticipantViewOptions): ActivityParticipant {
  const organiser = o.scope === 'all';
  const self = !!o.viewerUserId && row.userId === o.viewerUserId;
  const personal = organiser || self;
  const needsErased = row.needsInterpretation === null && row.needsAccessibility === null && row.needsDiet === null;
  return {
    id: row.id,
    displayName: row.displayName,
    email: personal ? row.email : null,
    organisation: { id: row.organisationId, name: row.organisationName, kind: row.organisationKind },
    city: { id: row.cityId, name: row.cityName },
    country: row.country,
    role: row.role,
    status: row.status,
    source: row.source,
    language: row.language as UiLocale,
    gender: personal ? row.gender : null,
    needs: personal && !needsErased ? { interpretation: row.needsInterpretation, accessibility: row.needsAccessibility, diet: row.needsDiet } : null,
    listed: row.listed,
    waitingPosition: row.status === 'waiting' ? (o.waitingPosition ?? null) : null,
    attendedDays: [...o.attendedDays].sort(),
    registeredAt: row.registeredAt.toISOString(),
    version: row.version,
    can: o.can ?? {
      edit: (organiser || self) && row.status !== 'cancelled',
      cancel: (organiser || self) && row.status !== 'cancelled',
      recordAttendance: organiser && row.status !== 'cancelled',
    },
  };
}
