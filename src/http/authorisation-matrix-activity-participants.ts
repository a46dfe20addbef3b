// The test world is set-up code (outside the dependency rules, like src/testing): it writes the activities feature's tables directly.
import { seedActivity, seedDelegate } from '../features/activities/participants-test-world.ts';
import type { AuthorisationWorld } from '../testing/authorisation-world.ts';
import { SIGNED_IN, type MatrixPart } from './authorisation-matrix-types.ts';

/**
 * Participants of activities: registration, delegation, attendance (issue 13). The activity is an
 * internal one (not public) of the A–B partnership, organised by A's organisation: city C learns
 * nothing (404); A's coordinator, B's coordinator (both plan the partnership's activities), A's
 * editor and admins organise it; other users of A and B read it and register themselves.
 * Column order: anonymous · member elsewhere · partner member · other coordinator · editor without the right · owner · admin.
 */

/** Readers of the internal activity; the public and city C 404. */
const READERS = '404 404 ok ok ok ok ok';
/** Signed-in readers (registering oneself, cancelling one's own). */
const SIGNED_IN_READERS = '401 404 ok ok ok ok ok';
/** The organisers (canOrganiseActivity); other readers 403, city C 404. */
const ORGANISERS = '401 404 403 ok 403 ok ok';

/** A fresh internal activity of the A–B partnership, in the future, organised by A's organisation. */
const freshActivity = (w: AuthorisationWorld) =>
  seedActivity(w.t.database.db, { partnershipId: w.partnership.id, hostCityId: w.cityA.id, isPublic: false, organiserOrganisationIds: [w.orgA.id] });

/** A delegation member of a fresh activity, added by the organisers (no account). */
async function freshDelegate(w: AuthorisationWorld, userId: string | null = null) {
  const activity = await freshActivity(w);
  return { activity, participant: await seedDelegate(w.t.database.db, activity.id, userId) };
}

export const activityParticipantRoutes: MatrixPart = {
  'GET /api/activities/{id}/participants': {
    expect: READERS,
    request: async (w) => ({ path: `/api/activities/${(await freshDelegate(w)).activity.id}/participants` }),
  },
  // Admins have no city to take the country from: every caller names it.
  'POST /api/activities/{id}/registration': {
    expect: SIGNED_IN_READERS,
    request: async (w) => ({ path: `/api/activities/${(await freshActivity(w)).id}/registration`, body: { country: 'DE' } }),
  },
  'DELETE /api/activities/{id}/registration': {
    expect: SIGNED_IN_READERS,
    request: async (w, c) => ({ path: `/api/activities/${(await freshDelegate(w, c.userId)).activity.id}/registration` }),
  },
  'POST /api/activities/{id}/participants': {
    expect: ORGANISERS,
    request: async (w) => ({ path: `/api/activities/${(await freshActivity(w)).id}/participants`, body: { displayName: 'Ioana Delegate', country: 'RO' } }),
  },
  'PUT /api/activity-participants/{id}': {
    expect: ORGANISERS,
    request: async (w) => ({ path: `/api/activity-participants/${(await freshDelegate(w)).participant.id}`, body: { version: 1, role: 'speaker' } }),
  },
  'DELETE /api/activity-participants/{id}': {
    expect: ORGANISERS,
    request: async (w) => ({ path: `/api/activity-participants/${(await freshDelegate(w)).participant.id}` }),
  },
  'POST /api/activities/{id}/attendance': {
    expect: ORGANISERS,
    request: async (w) => {
      const { activity, participant } = await freshDelegate(w);
      const day = activity.startsAt.toISOString().slice(0, 10);
      return { path: `/api/activities/${activity.id}/attendance`, body: { entries: [{ participantId: participant.id, day, present: true }] } };
    },
  },
  'GET /api/me/activities': { expect: SIGNED_IN, request: () => ({ path: '/api/me/activities' }) },
};
