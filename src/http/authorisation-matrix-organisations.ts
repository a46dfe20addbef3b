import { csvSheet, multipartBody } from '../testing/authorisation-world.ts';
import { A_ONLY, COORDINATORS, PUBLIC, SIGNED_IN, type MatrixPart } from './authorisation-matrix-types.ts';

/**
 * Organisations with their offers and requests, their review, people, search, matching,
 * introductions (decision 0006) and CSV imports.
 * Column order: anonymous · member elsewhere · partner member · other coordinator · editor without the right · owner · admin.
 */
export const organisationRoutes: MatrixPart = {
  // ---- organisations: public records, kept by their city's coordinators and their own editors ----
  'GET /api/organisations': { expect: PUBLIC, request: () => ({ path: '/api/organisations' }) },
  'GET /api/organisations/{id}': { expect: PUBLIC, request: (w) => ({ path: `/api/organisations/${w.orgA.id}` }) },
  'POST /api/organisations': {
    expect: A_ONLY,
    request: (w) => ({ path: '/api/organisations', body: { name: `Matrix GmbH ${w.unique()}`, kind: 'company', cityId: w.cityA.id } }),
  },
  'PUT /api/organisations/{id}': {
    expect: A_ONLY,
    request: async (w) => {
      const org = await w.freshOrganisation();
      return { path: `/api/organisations/${org.id}`, body: { version: org.version, name: `${org.name} renamed`, kind: org.kind, cityId: w.cityA.id } };
    },
  },
  'DELETE /api/organisations/{id}': { expect: A_ONLY, request: async (w) => ({ path: `/api/organisations/${(await w.freshOrganisation()).id}` }) },

  // ---- review of offers and requests: the city's coordinators; renewal also by the editors ----
  'GET /api/review-queue': { expect: COORDINATORS, request: () => ({ path: '/api/review-queue' }) },
  'POST /api/organisation-items/{id}/approve': {
    expect: A_ONLY,
    request: async (w) => {
      const item = await w.freshPendingItem();
      return { path: `/api/organisation-items/${item.id}/approve`, body: { version: item.version } };
    },
  },
  'POST /api/organisation-items/{id}/return': {
    expect: A_ONLY,
    request: async (w) => {
      const item = await w.freshPendingItem();
      return { path: `/api/organisation-items/${item.id}/return`, body: { version: item.version, comment: 'Please name the districts.' } };
    },
  },
  'POST /api/organisation-items/{id}/renew': {
    expect: A_ONLY,
    owner: 'editor',
    request: (w) => ({ path: `/api/organisation-items/${w.orgA.offers[0].id}/renew`, body: {} }),
  },

  // ---- people: consent decides who sees a person; the rest learn nothing (404) ----
  'GET /api/people': { expect: PUBLIC, request: () => ({ path: '/api/people' }) },
  // Visible to partners: B's users see the person, A's other users and city C do not.
  'GET /api/people/{id}': { expect: '404 404 ok ok 404 ok ok', owner: 'editor', request: (w) => ({ path: `/api/people/${w.person.id}` }) },
  'POST /api/people': {
    expect: A_ONLY,
    owner: 'editor',
    request: (w) => ({ path: '/api/people', body: { name: `Matrix Person ${w.unique()}`, cityId: w.cityA.id, organisationId: w.orgA.id } }),
  },
  // A person without consent: those who may not see them get 404, like GET (not even their existence).
  'PUT /api/people/{id}': {
    expect: '401 404 404 404 404 ok ok',
    owner: 'editor',
    request: async (w) => {
      const person = await w.freshPerson();
      return {
        path: `/api/people/${person.id}`,
        body: { version: person.version, name: `${person.name} renamed`, cityId: w.cityA.id, organisationId: w.orgA.id },
      };
    },
  },
  // Erasure (GDPR): admins and the coordinators of the person's city; editors may delete but not
  // erase (403); those who may not see the person get 404 first.
  'DELETE /api/people/{id}/personal-data': {
    expect: '401 404 404 404 404 ok ok',
    request: async (w) => ({ path: `/api/people/${(await w.freshPerson()).id}/personal-data` }),
  },
  'DELETE /api/people/{id}': {
    expect: '401 404 404 404 404 ok ok',
    owner: 'editor',
    request: async (w) => ({ path: `/api/people/${(await w.freshPerson()).id}` }),
  },

  // ---- search: public, filtered by what the caller may see ----
  'GET /api/search': { expect: PUBLIC, request: () => ({ path: '/api/search?q=heat' }) },
  'GET /api/search/export.csv': { expect: PUBLIC, request: () => ({ path: '/api/search/export.csv?q=heat' }) },

  // ---- matching: suggestions for anyone signed in; feedback by the organisation's people ----
  'GET /api/organisations/{id}/matches': { expect: SIGNED_IN, request: (w) => ({ path: `/api/organisations/${w.orgA.id}/matches` }) },
  'GET /api/organisation-items/{id}/matches': { expect: SIGNED_IN, request: (w) => ({ path: `/api/organisation-items/${w.orgA.offers[0].id}/matches` }) },
  'POST /api/organisations/{id}/matches/feedback': {
    expect: A_ONLY,
    owner: 'editor',
    request: (w) => ({
      path: `/api/organisations/${w.orgA.id}/matches/feedback`,
      body: { suggestedOrganisation: w.orgB.id, useful: true, reason: 'good-fit' },
    }),
  },
  'GET /api/matching/quality': { expect: COORDINATORS, request: () => ({ path: '/api/matching/quality' }) },

  // ---- introductions (A's editor asks; B's coordinator answers for an editor-less B organisation) ----
  'GET /api/introductions': { expect: SIGNED_IN, request: () => ({ path: '/api/introductions' }) },
  'GET /api/introductions/pipeline': { expect: COORDINATORS, request: () => ({ path: '/api/introductions/pipeline' }) },
  // Asking for A's organisation: its editor; brokering: the coordinators of either city, admins.
  'POST /api/introductions': {
    expect: '401 403 403 ok 403 ok ok',
    owner: 'editor',
    request: async (w) => {
      const to = await w.freshOrganisationIn('B');
      return { path: '/api/introductions', body: { from: w.orgA.id, to: to.id, message: 'We would like to meet about heat sensors.' } };
    },
  },
  // Readers: both sides, both cities' coordinators, admins; everyone else 404 (partner-blind).
  'GET /api/introductions/{id}': { expect: '401 404 404 ok 404 ok ok', owner: 'editor', request: (w) => ({ path: `/api/introductions/${w.introduction.id}` }) },
  'POST /api/introductions/{id}/read': {
    expect: '401 404 404 ok 404 ok ok',
    owner: 'editor',
    request: (w) => ({ path: `/api/introductions/${w.introduction.id}/read`, body: {} }),
  },
  // Only whoever answers for the side still to accept (B's coordinator); the asker and admins read but may not.
  'POST /api/introductions/{id}/accept': {
    expect: '401 404 404 ok 404 403 403',
    owner: 'editor',
    request: async (w) => {
      const intro = await w.askIntroduction();
      return { path: `/api/introductions/${intro.id}/accept`, body: { version: intro.version } };
    },
  },
  'POST /api/introductions/{id}/decline': {
    expect: '401 404 404 ok 404 403 403',
    owner: 'editor',
    request: async (w) => {
      const intro = await w.askIntroduction();
      return { path: `/api/introductions/${intro.id}/decline`, body: { version: intro.version, reason: 'No capacity this year.' } };
    },
  },
  // The asking side and admins; the asked side's coordinator reads it but may not withdraw.
  'POST /api/introductions/{id}/withdraw': {
    expect: '401 404 404 403 404 ok ok',
    owner: 'editor',
    request: async (w) => {
      const intro = await w.askIntroduction();
      return { path: `/api/introductions/${intro.id}/withdraw`, body: { version: intro.version } };
    },
  },
  // The two sides (B's coordinator answers for its side); admins read but are not a side.
  'POST /api/introductions/{id}/stage': {
    expect: '401 404 404 ok 404 ok 403',
    owner: 'editor',
    request: async (w) => {
      const intro = await w.acceptedIntroduction();
      return { path: `/api/introductions/${intro.id}/stage`, body: { version: intro.version, stage: 'met' } };
    },
  },

  // ---- CSV imports: the city's coordinators and admins ----
  'POST /api/csv-imports': {
    expect: A_ONLY,
    request: (w) => ({
      path: `/api/csv-imports?cityId=${w.cityA.id}`,
      multipart: multipartBody({ fileName: 'organisations.csv', contentType: 'text/csv', content: Buffer.from(csvSheet) }),
    }),
  },
  'GET /api/csv-imports': { expect: COORDINATORS, request: () => ({ path: '/api/csv-imports' }) },
  'GET /api/csv-imports/{id}': { expect: A_ONLY, request: (w) => ({ path: `/api/csv-imports/${w.csvImport.id}` }) },
  'GET /api/csv-imports/{id}/preview': { expect: A_ONLY, request: (w) => ({ path: `/api/csv-imports/${w.csvImport.id}/preview` }) },
  'GET /api/csv-imports/{id}/report': { expect: A_ONLY, request: (w) => ({ path: `/api/csv-imports/${w.csvImport.id}/report` }) },
  'GET /api/csv-imports/{id}/report.csv': { expect: A_ONLY, request: (w) => ({ path: `/api/csv-imports/${w.csvImport.id}/report.csv` }) },
  'PUT /api/csv-imports/{id}/mapping': {
    expect: A_ONLY,
    request: async (w) => {
      const job = await w.freshCsvImport();
      return { path: `/api/csv-imports/${job.id}/mapping`, body: { version: job.version, mapping: { name: 'Name', kind: 'Art' } } };
    },
  },
  'POST /api/csv-imports/{id}/start': {
    expect: A_ONLY,
    request: async (w) => {
      const job = await w.freshCsvImport();
      return { path: `/api/csv-imports/${job.id}/start`, body: { version: job.version, mode: 'validate' } };
    },
  },
};
