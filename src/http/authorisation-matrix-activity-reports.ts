import type { AuthorisationWorld } from '../testing/authorisation-world.ts';
import type { MatrixPart } from './authorisation-matrix-types.ts';

/**
 * Participation report and signature sheet of activities (issue 13).
 * Column order: anonymous · member elsewhere · partner member · other coordinator · editor without the right · owner · admin.
 */

/**
 * The organisers (A's and B's coordinators, admins); the activity is internal (not public), so
 * the member of city C, who may not read it, learns nothing of it (404); the partner member and
 * A's editor of another organisation read it but are refused (403).
 */
const ORGANISERS = '401 404 403 ok 403 ok ok';

// One internal activity of the A–B partnership in A, planned by an admin through the API; the
// reports only read it, so every principal asks about the same one.
const internalActivity = new WeakMap<AuthorisationWorld, Promise<{ id: string }>>();
function reportedActivity(w: AuthorisationWorld) {
  let activity = internalActivity.get(w);
  if (!activity) {
    activity = w.clients.admin
      .post(`/api/partnerships/${w.partnership.id}/activities`, {
        kind: 'workshop',
        title: { en: `Heat sensor workshop ${w.unique()}`, ro: 'Atelier despre senzori de căldură' },
        hostCityId: w.cityA.id,
        timeZone: 'Europe/Berlin',
        startsLocal: '2027-05-12T09:00',
        endsLocal: '2027-05-12T17:00',
        languages: ['de', 'ro'],
        isPublic: false,
      })
      .then((res) => w.ok<{ id: string }>('activity', res));
    internalActivity.set(w, activity);
  }
  return activity;
}

export const activityReportRoutes: MatrixPart = {
  'GET /api/activities/{id}/report': {
    expect: ORGANISERS,
    request: async (w) => ({ path: `/api/activities/${(await reportedActivity(w)).id}/report` }),
  },
  'GET /api/activities/{id}/signature-sheet.pdf': {
    expect: ORGANISERS,
    request: async (w) => ({ path: `/api/activities/${(await reportedActivity(w)).id}/signature-sheet.pdf?lang=ro` }),
  },
};
