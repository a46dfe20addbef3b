import { multipartBody, pdfBytes } from '../testing/authorisation-world.ts';
import { A_ONLY, ADMIN_ONLY, PARTNERSHIP_EDITORS, PUBLIC, SIGNED_IN, type MatrixPart } from './authorisation-matrix-types.ts';

/**
 * Cities, partnerships and what hangs off them (timeline, agreements, documents, network).
 * Partnerships are co-owned: B's coordinator may edit the A–B partnership like A's (decision 0003).
 * Column order: anonymous · member elsewhere · partner member · other coordinator · editor without the right · owner · admin.
 */
export const partnershipRoutes: MatrixPart = {
  // ---- cities: public; created by admins, kept by their own coordinators ----
  'GET /api/cities': { expect: PUBLIC, request: () => ({ path: '/api/cities' }) },
  'GET /api/cities/{id}': { expect: PUBLIC, request: (w) => ({ path: `/api/cities/${w.cityA.id}` }) },
  'POST /api/cities': {
    expect: ADMIN_ONLY,
    request: (w) => {
      const key = `matrix-${w.unique()}`;
      return { path: '/api/cities', body: { key, name: `Matrix ${key}`, country: 'DE' } };
    },
  },
  'PUT /api/cities/{id}': {
    expect: A_ONLY,
    request: async (w) => {
      const city = w.ok('city A', await w.clients.admin.get(`/api/cities/${w.cityA.id}`));
      return { path: `/api/cities/${w.cityA.id}`, body: { version: city.version, name: city.name, country: city.country } };
    },
  },

  // ---- partnerships ----
  'GET /api/partnerships': { expect: PUBLIC, request: () => ({ path: '/api/partnerships' }) },
  'GET /api/partnerships/{id}': { expect: PUBLIC, request: (w) => ({ path: `/api/partnerships/${w.partnership.id}` }) },
  'POST /api/partnerships': { expect: PARTNERSHIP_EDITORS, request: (w) => ({ path: '/api/partnerships', body: w.partnershipBody() }) },
  'PUT /api/partnerships/{id}': {
    expect: PARTNERSHIP_EDITORS,
    request: async (w) => {
      const p = await w.freshPartnership();
      const { key: _key, ...fields } = w.partnershipBody(p.key);
      return { path: `/api/partnerships/${p.id}`, body: { ...fields, version: p.version, status: 'dormant' } };
    },
  },
  'PATCH /api/partnerships/{id}/themes': {
    expect: PARTNERSHIP_EDITORS,
    request: async (w) => {
      const p = await w.freshPartnership();
      return { path: `/api/partnerships/${p.id}/themes`, body: { version: p.version, themes: ['digitalisation-smart-city', 'technology-startups'] } };
    },
  },
  'DELETE /api/partnerships/{id}': { expect: ADMIN_ONLY, request: async (w) => ({ path: `/api/partnerships/${(await w.freshPartnership()).id}` }) },
  'GET /api/dashboard': { expect: SIGNED_IN, request: () => ({ path: '/api/dashboard' }) },
  'GET /api/partnerships/{id}/network': { expect: PUBLIC, request: (w) => ({ path: `/api/partnerships/${w.partnership.id}/network` }) },

  // ---- timeline ----
  'POST /api/partnerships/{id}/timeline': {
    expect: PARTNERSHIP_EDITORS,
    request: (w) => ({
      path: `/api/partnerships/${w.partnership.id}/timeline`,
      body: { kind: 'delegation-visit', occurredOn: '2023-09-12', title: { en: 'Delegation visit' } },
    }),
  },
  'PUT /api/timeline-events/{id}': {
    expect: PARTNERSHIP_EDITORS,
    request: async (w) => {
      const event = await w.freshTimelineEvent();
      return {
        path: `/api/timeline-events/${event.id}`,
        body: { version: event.version, kind: 'meeting', occurredOn: '2024-05-03', title: { en: 'Steering group, moved' } },
      };
    },
  },
  'DELETE /api/timeline-events/{id}': {
    expect: PARTNERSHIP_EDITORS,
    request: async (w) => ({ path: `/api/timeline-events/${(await w.freshTimelineEvent()).id}` }),
  },

  // ---- agreements and their documents: public to read, written by the partnership's editors ----
  'GET /api/agreements/{id}': { expect: PUBLIC, request: (w) => ({ path: `/api/agreements/${w.agreement.id}` }) },
  'POST /api/partnerships/{id}/agreements': {
    expect: PARTNERSHIP_EDITORS,
    request: (w) => ({ path: `/api/partnerships/${w.partnership.id}/agreements`, body: w.agreementBody }),
  },
  'PUT /api/agreements/{id}': {
    expect: PARTNERSHIP_EDITORS,
    request: async (w) => {
      const agreement = await w.freshAgreement();
      return { path: `/api/agreements/${agreement.id}`, body: { ...w.agreementBody, version: agreement.version, title: { en: 'Memorandum, amended' } } };
    },
  },
  'DELETE /api/agreements/{id}': { expect: PARTNERSHIP_EDITORS, request: async (w) => ({ path: `/api/agreements/${(await w.freshAgreement()).id}` }) },
  'POST /api/agreements/{id}/documents': {
    expect: PARTNERSHIP_EDITORS,
    request: (w) => ({
      path: `/api/agreements/${w.agreement.id}/documents`,
      multipart: multipartBody({ fileName: 'annex.pdf', contentType: 'application/pdf', content: pdfBytes }),
    }),
  },
  'GET /api/documents/{id}/download': { expect: PUBLIC, request: (w) => ({ path: `/api/documents/${w.agreementDocument.id}/download` }) },
  'DELETE /api/documents/{id}': { expect: PARTNERSHIP_EDITORS, request: async (w) => ({ path: `/api/documents/${(await w.freshAgreementDocument()).id}` }) },
};
