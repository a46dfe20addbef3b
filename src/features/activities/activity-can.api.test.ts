import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import type { TestClient } from '../../testing/test-client.ts';
import { activityBody, createActivitiesWorld, type ActivitiesWorld } from './activities-test-world.ts';

/**
 * `can` on activities (issue 13): each flag is true exactly when the action is not refused
 * (401/403/404), for every kind of caller; the list shows the same flags as the record; once
 * registered, the caller's own registration is on the record and `register` is false.
 */
let t: TestApp;
let w: ActivitiesWorld;
let callers: [string, TestClient][];
const refused = (status: number) => status === 401 || status === 403 || status === 404;
const base = () => `/api/partnerships/${w.partnership.id}/activities`;

beforeAll(async () => {
  t = await createTestApp();
  w = await createActivitiesWorld(t);
  callers = [
    ['admin', w.admin],
    ['coordinator of the host city', w.coordinatorA],
    ['coordinator of the partner city', w.coordinatorB],
    ['coordinator elsewhere', w.coordinatorC],
    ['editor of the organising organisation', w.editorA],
    ['member of a member city', w.memberA],
    ['member elsewhere', w.memberC],
    ['the public', t.anonymous()],
  ];
});

describe('can on an activity', () => {
  it('is what edit, cancel and delete answer, and the list agrees', async () => {
    for (const isPublic of [true, false]) {
      for (const [who, client] of callers) {
        const label = `${who} (${isPublic ? 'public' : 'internal'})`;
        const created = (await w.coordinatorA.post(base(), activityBody(w, { isPublic, agenda: [] }))).body;
        const read = await client.get(`/api/activities/${created.id}`);
        if (read.status === 404) {
          expect(isPublic, label).toBe(false);
          continue;
        }
        expect(read.status, label).toBe(200);
        const can = read.body.can;
        const listed = (await client.get(base())).body.items.find((a: { id: string }) => a.id === created.id);
        expect(listed.can, label).toEqual(can);
        expect(can.addParticipant, label).toBe(can.edit);
        expect(can.recordFollowUp, label).toBe(can.edit);
        expect(can.register, label).toBe(client !== callers[7][1]);

        const registration = await client.post(`/api/activities/${created.id}/registration`, { country: 'DE' });
        expect(refused(registration.status), `${label}: register ${JSON.stringify(registration.body)}`).toBe(!can.register);
        if (can.register) {
          const after = (await client.get(`/api/activities/${created.id}`)).body;
          expect(after, label).toMatchObject({ myStatus: 'registered', can: { register: false }, myRegistration: { status: 'registered' } });
          const inList = (await client.get(base())).body.items.find((a: { id: string }) => a.id === created.id);
          expect(inList, label).toMatchObject({ myStatus: 'registered', registered: 1, can: { register: false } });
        }

        const fields = activityBody(w, { isPublic, agenda: [] });
        const put = await client.put(`/api/activities/${created.id}`, { ...fields, version: created.version, venue: `By ${who}` });
        expect(refused(put.status), `${label}: edit`).toBe(!can.edit);
        const version = can.edit ? put.body.version : created.version;
        if (can.edit) expect(put.body.can, label).toEqual({ ...can, register: false });

        const cancel = await client.post(`/api/activities/${created.id}/cancel`, { version });
        expect(refused(cancel.status), `${label}: cancel`).toBe(!can.edit);

        const deleted = await client.delete(`/api/activities/${created.id}`);
        expect(refused(deleted.status), `${label}: delete`).toBe(!can.delete);
      }
    }
  });

  it('is as expected per caller: organisers edit, planners delete, the signed-in readers register', async () => {
    const created = (await w.coordinatorA.post(base(), activityBody(w, { agenda: [] }))).body;
    const can = async (client: TestClient) => (await client.get(`/api/activities/${created.id}`)).body.can;
    expect(await can(w.editorA)).toMatchObject({ edit: true, delete: false, register: true, viewReport: true });
    expect(await can(w.coordinatorB)).toMatchObject({ edit: true, delete: true });
    expect(await can(w.memberA)).toMatchObject({ edit: false, delete: false, register: true, viewReport: false });
    expect(await can(w.memberC)).toMatchObject({ edit: false, delete: false, register: true });
    expect(await can(t.anonymous())).toEqual({
      edit: false,
      delete: false,
      addParticipant: false,
      register: false,
      viewReport: false,
      recordAttendance: false,
      recordFollowUp: false,
    });
    const closed = (await w.coordinatorA.post(base(), activityBody(w, { agenda: [], registrationOpen: false }))).body;
    expect((await w.memberA.get(`/api/activities/${closed.id}`)).body.can.register).toBe(false);
    const past = (await w.coordinatorA.post(base(), activityBody(w, { agenda: [], startsLocal: '2025-03-10T09:00', endsLocal: '2025-03-10T17:00' }))).body;
    expect((await w.memberA.get(`/api/activities/${past.id}`)).body).toMatchObject({ can: { register: false }, registration: { closedBecause: 'started' } });
  });
});
