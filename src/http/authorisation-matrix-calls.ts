import fs from 'node:fs';
import { multipartBody } from '../testing/authorisation-world.ts';
import { ADMIN_ONLY, PARTNERSHIP_USERS, PUBLIC, SIGNED_IN, type MatrixPart } from './authorisation-matrix-types.ts';

/**
 * EU calls (public portal data, brought in by administrators) and the call radar: follows,
 * calendar feeds, and a partnership's radar for the users of its cities (decision 0009).
 * Column order: anonymous · member elsewhere · partner member · other coordinator · editor without the right · owner · admin.
 */
const sampleFile = () => fs.readFileSync(new URL('../features/calls/fixtures/grants-tenders.sample.json', import.meta.url));

export const callRoutes: MatrixPart = {
  'GET /api/calls': { expect: PUBLIC, request: () => ({ path: '/api/calls' }) },
  'GET /api/calls/{identifier}': { expect: PUBLIC, request: (w) => ({ path: `/api/calls/${encodeURIComponent(w.call.identifier)}` }) },
  'GET /api/calls/imports': { expect: ADMIN_ONLY, request: () => ({ path: '/api/calls/imports' }) },
  'POST /api/calls/sync': { expect: ADMIN_ONLY, request: () => ({ path: '/api/calls/sync', body: {} }) },
  'POST /api/calls/import': {
    expect: ADMIN_ONLY,
    request: () => ({
      path: '/api/calls/import',
      multipart: multipartBody({ fileName: 'grantsTenders.json', contentType: 'application/json', content: sampleFile() }),
    }),
  },

  // ---- radar and follows ----
  'GET /api/calls/radar': { expect: PARTNERSHIP_USERS, request: (w) => ({ path: `/api/calls/radar?partnership=${w.partnership.id}` }) },
  'GET /api/calls/followed': { expect: SIGNED_IN, request: () => ({ path: '/api/calls/followed' }) },
  'PUT /api/calls/{identifier}/follow': {
    expect: PARTNERSHIP_USERS,
    request: (w) => ({ path: `/api/calls/${encodeURIComponent(w.call.identifier)}/follow`, body: { partnershipId: w.partnership.id } }),
  },
  // Each caller stops following for themselves; not following is no error.
  'DELETE /api/calls/{identifier}/follow': { expect: SIGNED_IN, request: (w) => ({ path: `/api/calls/${encodeURIComponent(w.call.identifier)}/follow` }) },

  // ---- calendar feeds: own feeds; a partnership's feed for its cities' users ----
  'GET /api/calendar-feeds': { expect: SIGNED_IN, request: () => ({ path: '/api/calendar-feeds' }) },
  'POST /api/calendar-feeds': {
    expect: PARTNERSHIP_USERS,
    request: (w) => ({ path: '/api/calendar-feeds', body: { scope: 'partnership', partnershipId: w.partnership.id } }),
  },
  // Only the feed's owner (A's coordinator); anyone else, administrators included, 404.
  'DELETE /api/calendar-feeds/{id}': {
    expect: '401 404 404 404 404 ok 404',
    request: async (w) => ({ path: `/api/calendar-feeds/${(await w.freshFeed()).id}` }),
  },
  // Public by its secret link (a fresh feed: changing the owner's password revokes their feeds).
  'GET /api/calendar/{token}': { expect: PUBLIC, request: async (w) => ({ path: new URL((await w.freshFeed()).url).pathname }) },
};
