import type { AuthorisationWorld } from '../testing/authorisation-world.ts';
import { PARTNERSHIP_EDITORS, PUBLIC, type MatrixPart } from './authorisation-matrix-types.ts';

/**
 * Joint action programmes: fields of action, goals, measures (issue 13). A programme is public;
 * the coordinators of the partnership's cities (A and B) and admins change it.
 * Column order: anonymous · member elsewhere · partner member · other coordinator · editor without the right · owner · admin.
 */

/** What the set-up reads of the records it creates. */
interface Part {
  id: string;
  version: number;
}
interface Programme extends Part {
  startsOn: string;
  endsOn: string;
  fields: Part[];
}

// Each fresh programme gets a period of its own: a partnership's programmes must not overlap.
let year = 2200;
const period = () => {
  year++;
  return { startsOn: `${year}-01-01`, endsOn: `${year}-12-31` };
};

async function freshProgramme(w: AuthorisationWorld) {
  return w.ok<Programme>(
    'programme',
    await w.clients.admin.post(`/api/partnerships/${w.partnership.id}/programmes`, { title: { en: `Programme ${w.unique()}` }, ...period() }),
  );
}
async function freshGoal(w: AuthorisationWorld) {
  const programme = await freshProgramme(w);
  return w.ok<Part>('goal', await w.clients.admin.post(`/api/programme-fields/${programme.fields[0].id}/goals`, { title: { en: 'Open data' } }));
}
async function freshMeasure(w: AuthorisationWorld) {
  const goal = await freshGoal(w);
  return w.ok<Part>('measure', await w.clients.admin.post(`/api/programme-goals/${goal.id}/measures`, measureBody(w)));
}
const measureBody = (w: AuthorisationWorld) => ({
  title: { en: `Open data portal ${w.unique()}` },
  status: 'running',
  progress: 40,
  responsibles: [{ cityId: w.cityA.id, office: 'Digital office' }],
});

export const programmeRoutes: MatrixPart = {
  'GET /api/partnerships/{id}/programmes': { expect: PUBLIC, request: (w) => ({ path: `/api/partnerships/${w.partnership.id}/programmes` }) },
  'POST /api/partnerships/{id}/programmes': {
    expect: PARTNERSHIP_EDITORS,
    request: (w) => ({ path: `/api/partnerships/${w.partnership.id}/programmes`, body: { title: { en: `Programme ${w.unique()}` }, ...period() } }),
  },
  'GET /api/programmes/{id}': {
    expect: PUBLIC,
    request: async (w) => ({ path: `/api/programmes/${(await freshProgramme(w)).id}` }),
  },
  'PUT /api/programmes/{id}': {
    expect: PARTNERSHIP_EDITORS,
    request: async (w) => {
      const p = await freshProgramme(w);
      return { path: `/api/programmes/${p.id}`, body: { version: p.version, title: { en: 'Renamed programme' }, startsOn: p.startsOn, endsOn: p.endsOn } };
    },
  },
  'DELETE /api/programmes/{id}': { expect: PARTNERSHIP_EDITORS, request: async (w) => ({ path: `/api/programmes/${(await freshProgramme(w)).id}` }) },
  'POST /api/programmes/{id}/fields': {
    expect: PARTNERSHIP_EDITORS,
    request: async (w) => ({ path: `/api/programmes/${(await freshProgramme(w)).id}/fields`, body: { themeKey: 'education-research' } }),
  },
  'PUT /api/programme-fields/{id}': {
    expect: PARTNERSHIP_EDITORS,
    request: async (w) => {
      const field = (await freshProgramme(w)).fields[0];
      return { path: `/api/programme-fields/${field.id}`, body: { version: field.version, description: { en: 'Our digital cities' } } };
    },
  },
  'DELETE /api/programme-fields/{id}': {
    expect: PARTNERSHIP_EDITORS,
    request: async (w) => ({ path: `/api/programme-fields/${(await freshProgramme(w)).fields[0].id}` }),
  },
  'POST /api/programme-fields/{id}/goals': {
    expect: PARTNERSHIP_EDITORS,
    request: async (w) => ({ path: `/api/programme-fields/${(await freshProgramme(w)).fields[0].id}/goals`, body: { title: { en: 'Open data' } } }),
  },
  'PUT /api/programme-goals/{id}': {
    expect: PARTNERSHIP_EDITORS,
    request: async (w) => {
      const goal = await freshGoal(w);
      return { path: `/api/programme-goals/${goal.id}`, body: { version: goal.version, title: { en: 'Open data for all' } } };
    },
  },
  'DELETE /api/programme-goals/{id}': { expect: PARTNERSHIP_EDITORS, request: async (w) => ({ path: `/api/programme-goals/${(await freshGoal(w)).id}` }) },
  'POST /api/programme-goals/{id}/measures': {
    expect: PARTNERSHIP_EDITORS,
    request: async (w) => ({ path: `/api/programme-goals/${(await freshGoal(w)).id}/measures`, body: measureBody(w) }),
  },
  'PUT /api/programme-measures/{id}': {
    expect: PARTNERSHIP_EDITORS,
    request: async (w) => {
      const measure = await freshMeasure(w);
      return { path: `/api/programme-measures/${measure.id}`, body: { ...measureBody(w), version: measure.version, progress: 60 } };
    },
  },
  'DELETE /api/programme-measures/{id}': {
    expect: PARTNERSHIP_EDITORS,
    request: async (w) => ({ path: `/api/programme-measures/${(await freshMeasure(w)).id}` }),
  },
};
