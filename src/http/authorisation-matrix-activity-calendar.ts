import type { AuthorisationWorld } from '../testing/authorisation-world.ts';
import { PARTNERSHIP_EDITORS, PUBLIC, type MatrixPart } from './authorisation-matrix-types.ts';

/**
 * Activities in calendars, and their follow-up: outcomes, minutes, who met whom (issue 13).
 * The activities belong to the A–B partnership, hosted in A and organised by A's organisation;
 * the organisers are the coordinators of A and B, A's organisation's editors and admins.
 * Column order: anonymous · member elsewhere · partner member · other coordinator · editor without the right · owner · admin.
 */

/** An activity planned by an administrator (public unless asked otherwise), with B's organisation registered. */
async function freshActivity(w: AuthorisationWorld, isPublic = true) {
  const admin = w.clients.admin;
  const activity = w.ok<{ id: string; key: string; version: number }>(
    'activity',
    await admin.post(`/api/partnerships/${w.partnership.id}/activities`, {
      kind: 'workshop',
      title: { en: `Matrix workshop ${w.unique()}` },
      hostCityId: w.cityA.id,
      timeZone: 'Europe/Berlin',
      startsLocal: '2026-03-10T10:00',
      endsLocal: '2026-03-10T16:00',
      organiserOrganisationIds: [w.orgA.id],
      isPublic,
    }),
  );
  w.ok(
    'participant',
    await admin.post(`/api/activities/${activity.id}/participants`, { displayName: 'Bianca Matrix', organisationId: w.orgB.id, country: 'RO' }),
  );
  return activity;
}

/** Readers of an internal activity: the users of the partnership's cities and admins; city C and the public 404. */
const INTERNAL_READERS = '404 404 ok ok ok ok ok';

export const activityCalendarRoutes: MatrixPart = {
  // An internal activity, so that the row shows who may read it; a public one is anyone's.
  'GET /api/activities/{id}/calendar.ics': {
    expect: INTERNAL_READERS,
    request: async (w) => ({ path: `/api/activities/${(await freshActivity(w, false)).id}/calendar.ics` }),
  },
  // A public feed of the partnership's public activities.
  'GET /api/partnerships/{id}/activities.ics': { expect: PUBLIC, request: (w) => ({ path: `/api/partnerships/${w.partnership.id}/activities.ics` }) },
  // The organisers: coordinators of A and B, admins (and A's organisation's editors); other readers 403.
  'PUT /api/activities/{id}/follow-up': {
    expect: PARTNERSHIP_EDITORS,
    request: async (w) => {
      const activity = await freshActivity(w);
      return { path: `/api/activities/${activity.id}/follow-up`, body: { version: activity.version, outcomes: { en: 'Two joint ideas' } } };
    },
  },
  'POST /api/activities/{id}/encounters': {
    expect: PARTNERSHIP_EDITORS,
    request: async (w) => {
      const activity = await freshActivity(w);
      return { path: `/api/activities/${activity.id}/encounters`, body: { organisationAId: w.orgA.id, organisationBId: w.orgB.id } };
    },
  },
  'DELETE /api/activity-encounters/{id}': {
    expect: PARTNERSHIP_EDITORS,
    request: async (w) => {
      const activity = await freshActivity(w);
      const encounter = w.ok<{ id: string }>(
        'encounter',
        await w.clients.admin.post(`/api/activities/${activity.id}/encounters`, { organisationAId: w.orgA.id, organisationBId: w.orgB.id }),
      );
      return { path: `/api/activity-encounters/${encounter.id}` };
    },
  },
};
