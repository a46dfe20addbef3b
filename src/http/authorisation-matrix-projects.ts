import { multipartBody, pdfBytes } from '../testing/authorisation-world.ts';
import { PARTNERSHIP_EDITORS, SIGNED_IN, type MatrixPart } from './authorisation-matrix-types.ts';

/**
 * Joint projects and their work plan (decision 0010). The project belongs to the A–B partnership;
 * A's and B's organisations are its consortium; A's other organisation is outside it.
 * Column order: anonymous · member elsewhere · partner member · other coordinator · editor without the right · owner · admin.
 */

/** Users of the partnership's cities, consortium members, admins; city C learns nothing (404). */
const READERS = '401 404 ok ok ok ok ok';
/** The coordinators of the partnership's cities and admins; other readers 403, non-readers 404. */
const MANAGERS = '401 404 403 ok 403 ok ok';
/** The work plan: managers and the consortium's editors (owner: A's editor); A's other editor 403. */
const WORK_PLAN = '401 404 403 ok 403 ok ok';

export const projectRoutes: MatrixPart = {
  'GET /api/projects': { expect: SIGNED_IN, request: () => ({ path: '/api/projects' }) },
  'GET /api/projects/export.csv': { expect: SIGNED_IN, request: () => ({ path: '/api/projects/export.csv' }) },
  // Starting one: the partnership's coordinators and admins (a partnership is public, so 403).
  'POST /api/projects': {
    expect: PARTNERSHIP_EDITORS,
    request: (w) => ({ path: '/api/projects', body: { partnership: w.partnership.id, title: `Cool Squares ${w.unique()}` } }),
  },
  'GET /api/projects/{id}': { expect: READERS, request: (w) => ({ path: `/api/projects/${w.project.id}` }) },
  'PATCH /api/projects/{id}': {
    expect: MANAGERS,
    request: async (w) => {
      const project = await w.seedProject();
      return { path: `/api/projects/${project.id}`, body: { version: project.version, acronym: 'COOL' } };
    },
  },
  'POST /api/projects/{id}/stage': {
    expect: MANAGERS,
    request: async (w) => {
      const project = await w.seedProject();
      return { path: `/api/projects/${project.id}/stage`, body: { version: project.version, stage: 'consortium', occurredOn: '2026-02-01' } };
    },
  },
  'POST /api/projects/{id}/partners': {
    expect: MANAGERS,
    request: async (w) => {
      const project = await w.seedProject();
      return { path: `/api/projects/${project.id}/partners`, body: { organisation: w.otherOrgA.id, role: 'associated' } };
    },
  },
  'PATCH /api/projects/{id}/partners/{partnerId}': {
    expect: MANAGERS,
    request: async (w) => {
      const { project, partner } = await w.freshPartner();
      return { path: `/api/projects/${project.id}/partners/${partner.id}`, body: { version: partner.version, note: 'Leads the pilot.' } };
    },
  },
  'DELETE /api/projects/{id}/partners/{partnerId}': {
    expect: MANAGERS,
    request: async (w) => {
      const { project, partner } = await w.freshPartner();
      return { path: `/api/projects/${project.id}/partners/${partner.id}` };
    },
  },
  'GET /api/projects/{id}/partner-suggestions': { expect: MANAGERS, request: (w) => ({ path: `/api/projects/${w.project.id}/partner-suggestions` }) },
  'GET /api/projects/{id}/timeline': { expect: READERS, request: (w) => ({ path: `/api/projects/${w.project.id}/timeline` }) },

  // ---- documents ----
  'GET /api/projects/{id}/documents': { expect: READERS, request: (w) => ({ path: `/api/projects/${w.project.id}/documents` }) },
  'POST /api/projects/{id}/documents': {
    expect: WORK_PLAN,
    owner: 'editor',
    request: (w) => ({
      path: `/api/projects/${w.project.id}/documents`,
      multipart: multipartBody({ fileName: 'budget.pdf', contentType: 'application/pdf', content: pdfBytes }, { title: 'Budget' }),
    }),
  },
  'GET /api/projects/{id}/documents/{docId}': {
    expect: READERS,
    request: (w) => ({ path: `/api/projects/${w.project.id}/documents/${w.projectDocument.id}` }),
  },
  'DELETE /api/projects/{id}/documents/{docId}': {
    expect: WORK_PLAN,
    owner: 'editor',
    request: async (w) => ({ path: `/api/projects/${w.project.id}/documents/${(await w.freshProjectDocument()).id}` }),
  },

  // ---- work packages ----
  'GET /api/projects/{id}/work-packages': { expect: READERS, request: (w) => ({ path: `/api/projects/${w.project.id}/work-packages` }) },
  'POST /api/projects/{id}/work-packages': {
    expect: WORK_PLAN,
    owner: 'editor',
    request: (w) => ({ path: `/api/projects/${w.project.id}/work-packages`, body: w.workPackageBody() }),
  },
  'PATCH /api/projects/{id}/work-packages/{wpId}': {
    expect: WORK_PLAN,
    owner: 'editor',
    request: async (w) => {
      const wp = await w.freshWorkPackage();
      return { path: `/api/projects/${w.project.id}/work-packages/${wp.id}`, body: { version: wp.version, status: 'in-progress' } };
    },
  },
  'DELETE /api/projects/{id}/work-packages/{wpId}': {
    expect: WORK_PLAN,
    owner: 'editor',
    request: async (w) => ({ path: `/api/projects/${w.project.id}/work-packages/${(await w.freshWorkPackage()).id}` }),
  },

  // ---- milestones ----
  'GET /api/projects/{id}/milestones': { expect: READERS, request: (w) => ({ path: `/api/projects/${w.project.id}/milestones` }) },
  'POST /api/projects/{id}/milestones': {
    expect: WORK_PLAN,
    owner: 'editor',
    request: (w) => ({ path: `/api/projects/${w.project.id}/milestones`, body: w.milestoneBody() }),
  },
  'PATCH /api/projects/{id}/milestones/{mId}': {
    expect: WORK_PLAN,
    owner: 'editor',
    request: async (w) => {
      const m = await w.freshMilestone();
      return { path: `/api/projects/${w.project.id}/milestones/${m.id}`, body: { version: m.version, dueOn: '2027-07-31' } };
    },
  },
  'POST /api/projects/{id}/milestones/{mId}/done': {
    expect: WORK_PLAN,
    owner: 'editor',
    request: async (w) => {
      const m = await w.freshMilestone();
      return { path: `/api/projects/${w.project.id}/milestones/${m.id}/done`, body: { version: m.version, doneOn: '2026-03-01' } };
    },
  },
  'DELETE /api/projects/{id}/milestones/{mId}': {
    expect: WORK_PLAN,
    owner: 'editor',
    request: async (w) => ({ path: `/api/projects/${w.project.id}/milestones/${(await w.freshMilestone()).id}` }),
  },

  // ---- outcomes and indicators ----
  'GET /api/projects/{id}/indicators': { expect: READERS, request: (w) => ({ path: `/api/projects/${w.project.id}/indicators` }) },
  'POST /api/projects/{id}/indicators': {
    expect: WORK_PLAN,
    owner: 'editor',
    request: (w) => ({ path: `/api/projects/${w.project.id}/indicators`, body: w.indicatorBody() }),
  },
  'PATCH /api/projects/{id}/indicators/{indicatorId}': {
    expect: WORK_PLAN,
    owner: 'editor',
    request: async (w) => {
      const i = await w.freshIndicator();
      return { path: `/api/projects/${w.project.id}/indicators/${i.id}`, body: { version: i.version, achieved: 12 } };
    },
  },
  'DELETE /api/projects/{id}/indicators/{indicatorId}': {
    expect: WORK_PLAN,
    owner: 'editor',
    request: async (w) => ({ path: `/api/projects/${w.project.id}/indicators/${(await w.freshIndicator()).id}` }),
  },
};
