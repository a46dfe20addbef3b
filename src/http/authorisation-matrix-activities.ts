import type { AuthorisationWorld } from '../testing/authorisation-world.ts';
import { PUBLIC, type MatrixPart } from './authorisation-matrix-types.ts';

/**
 * Exchange activities: planning, agenda, cancelling (issue 13). The activity belongs to the A–B
 * partnership, is organised by A's organisation and is internal (isPublic: false), so that the
 * 404 of those who may not read it is tested; a public one is read by anyone (the list shows that).
 * Column order: anonymous · member elsewhere · partner member · other coordinator · editor without the right · owner · admin.
 */

/** Users of the partnership's cities, the organising organisation's members and admins; the others learn nothing (404). */
const READERS = '404 404 ok ok ok ok ok';
/** Planning: the partnership's cities' coordinators and admins (a partnership is public, so 403). */
const PLANNERS = '401 403 403 ok 403 ok ok';
/** The organisers (coordinators of A and B, editors of the organising organisation) and admins; other readers 403, non-readers 404. */
const ORGANISERS = '401 404 403 ok 403 ok ok';
/** Deleting: who may plan (the organising organisation's editors may not; not a column here); non-readers 404. */
const DELETERS = '401 404 403 ok 403 ok ok';

const activityBody = (w: AuthorisationWorld) => ({
  kind: 'online-meeting',
  title: { en: `Steering group ${w.unique()}` },
  hostCityId: null,
  timeZone: 'Europe/Berlin',
  startsLocal: '2027-06-14T09:00',
  endsLocal: '2027-06-14T11:00',
  organiserOrganisationIds: [w.orgA.id],
  isPublic: false,
});

/** A fresh internal activity of the A–B partnership, planned by A's coordinator. */
async function freshActivity(w: AuthorisationWorld): Promise<{ id: string; version: number }> {
  return w.ok<{ id: string; version: number }>(
    'activity',
    await w.clients.coordinatorA.post(`/api/partnerships/${w.partnership.id}/activities`, activityBody(w)),
  );
}

export const activityRoutes: MatrixPart = {
  'GET /api/partnerships/{id}/activities': { expect: PUBLIC, request: (w) => ({ path: `/api/partnerships/${w.partnership.id}/activities` }) },
  'POST /api/partnerships/{id}/activities': {
    expect: PLANNERS,
    request: (w) => ({ path: `/api/partnerships/${w.partnership.id}/activities`, body: activityBody(w) }),
  },
  'GET /api/activities/{id}': { expect: READERS, request: async (w) => ({ path: `/api/activities/${(await freshActivity(w)).id}` }) },
  'PUT /api/activities/{id}': {
    expect: ORGANISERS,
    request: async (w) => {
      const a = await freshActivity(w);
      return { path: `/api/activities/${a.id}`, body: { ...activityBody(w), version: a.version, venue: 'Online' } };
    },
  },
  'POST /api/activities/{id}/cancel': {
    expect: ORGANISERS,
    request: async (w) => {
      const a = await freshActivity(w);
      return { path: `/api/activities/${a.id}/cancel`, body: { version: a.version, reason: { en: 'Postponed' } } };
    },
  },
  'DELETE /api/activities/{id}': {
    expect: DELETERS,
    request: async (w) => ({ path: `/api/activities/${(await freshActivity(w)).id}` }),
  },
};
