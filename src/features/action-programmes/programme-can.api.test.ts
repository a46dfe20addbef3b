import { beforeAll, describe, expect, it } from 'vitest';
import { seedOrganisation } from '../../testing/factories.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import type { TestClient } from '../../testing/test-client.ts';
import { createPartnershipWorld, partnershipBody, type PartnershipWorld } from '../partnerships/test-world.ts';

/**
 * `can` on a programme, its fields, goals and measures, and on the list (issue 13): each flag is
 * true exactly when the action is not refused (401/403), for every kind of caller; the list shows
 * a programme with the same `can` as reading it.
 */
let t: TestApp;
let w: PartnershipWorld;
let partnershipId: string;
let callers: [string, TestClient][];
let year = 2100;

const refused = (status: number) => status === 401 || status === 403;

beforeAll(async () => {
  t = await createTestApp();
  w = await createPartnershipWorld(t);
  const org = await seedOrganisation(t.database.db, { cityId: w.dortmund.id, key: 'tu-dortmund', name: 'TU Dortmund', kind: 'university' });
  partnershipId = (await w.admin.post('/api/partnerships', partnershipBody(w))).body.id;
  callers = [
    ['admin', w.admin],
    ['coordinator of a member city', w.dortmundCoordinator],
    ['coordinator of the partner city', w.clujCoordinator],
    ['coordinator of another city', w.lyonCoordinator],
    ['org-editor of a member city', await t.signedIn({ role: 'org-editor', cityId: w.dortmund.id, organisationId: org.id })],
    ['member of a member city', w.dortmundMember],
    ['the public', t.anonymous()],
  ];
});

const period = () => {
  year++;
  return { startsOn: `${year}-01-01`, endsOn: `${year}-12-31` };
};
const measureBody = (title: string) => ({ title: { en: title }, status: 'running', progress: 30, responsibles: [{ cityId: w.dortmund.id, office: 'Office' }] });

describe('can on an action programme', () => {
  it('is what the actions on the programme and its parts answer', async () => {
    for (const [who, client] of callers) {
      const created = (await w.admin.post(`/api/partnerships/${partnershipId}/programmes`, { title: { en: `For ${who}` }, ...period() })).body;
      const goal = (await w.admin.post(`/api/programme-fields/${created.fields[0].id}/goals`, { title: { en: 'Goal' } })).body;
      await w.admin.post(`/api/programme-goals/${goal.id}/measures`, measureBody('Measure'));
      const read = await client.get(`/api/programmes/${created.id}`);
      expect(read.status).toBe(200);
      const programme = read.body;
      const [field, other] = programme.fields;
      const g = field.goals[0];
      const measure = g.measures[0];
      const list = (await client.get(`/api/partnerships/${partnershipId}/programmes`)).body;
      expect(list.items.find((p: { id: string }) => p.id === programme.id).can, who).toEqual({ edit: programme.can.edit, delete: programme.can.delete });

      const answers: [string, boolean, number][] = [];
      const check = async (verb: string, flag: boolean, call: Promise<{ status: number }>) => answers.push([verb, flag, (await call).status]);
      await check('list create', list.can.create, client.post(`/api/partnerships/${partnershipId}/programmes`, { title: { en: 'New' }, ...period() }));
      await check(
        'programme edit',
        programme.can.edit,
        client.put(`/api/programmes/${programme.id}`, {
          version: programme.version,
          title: { en: 'Renamed' },
          startsOn: programme.startsOn,
          endsOn: programme.endsOn,
        }),
      );
      await check('addField', programme.can.addField, client.post(`/api/programmes/${programme.id}/fields`, { themeKey: 'urban-development' }));
      await check('field edit', field.can.edit, client.put(`/api/programme-fields/${field.id}`, { version: field.version, description: { en: 'Why' } }));
      await check('addGoal', field.can.addGoal, client.post(`/api/programme-fields/${field.id}/goals`, { title: { en: 'Another goal' } }));
      await check('goal edit', g.can.edit, client.put(`/api/programme-goals/${g.id}`, { version: g.version, title: { en: 'Renamed goal' } }));
      await check('addMeasure', g.can.addMeasure, client.post(`/api/programme-goals/${g.id}/measures`, measureBody('Another measure')));
      await check(
        'measure edit',
        measure.can.edit,
        client.put(`/api/programme-measures/${measure.id}`, { ...measureBody('Edited'), version: measure.version }),
      );
      await check('measure delete', measure.can.delete, client.delete(`/api/programme-measures/${measure.id}`));
      await check('goal delete', g.can.delete, client.delete(`/api/programme-goals/${g.id}`));
      await check('field delete', other.can.delete, client.delete(`/api/programme-fields/${other.id}`));
      await check('programme delete', programme.can.delete, client.delete(`/api/programmes/${programme.id}`));
      for (const [verb, flag, status] of answers) {
        expect(refused(status), `${who}: ${verb} answered ${status}`).toBe(!flag);
        if (flag) expect(status, `${who}: ${verb}`).toBeLessThan(300);
      }
    }
  });
});
