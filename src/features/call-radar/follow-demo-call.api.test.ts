import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { prepareFirstRun } from '../../server/first-run.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { fundingCalls } from '../calls/calls.table.ts';
import { partnerships } from '../partnerships/partnerships.table.ts';
import { users } from '../users/users.table.ts';
import { insertTestCall } from './call-radar-test-world.ts';
import { callFollows } from './call-follows.table.ts';
import { DEMO_FOLLOWED_CALL, followDemoCall } from './follow-demo-call.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});

describe('the demo’s followed call', () => {
  it('is followed by the demo administrator for Dortmund – Cluj-Napoca once the call exists, and only once', async () => {
    const first = await prepareFirstRun(t.ctx(), { demo: true });
    const [admin] = await t.database.db.select().from(users).where(eq(users.email, first.admin!.email));
    const [demoCall] = await t.database.db.select().from(fundingCalls).where(eq(fundingCalls.identifier, DEMO_FOLLOWED_CALL));
    // Without the demo calls the follow is skipped silently; with them it is there after the first run.
    expect(await t.database.db.select().from(callFollows)).toHaveLength(demoCall ? 1 : 0);
    if (!demoCall) {
      await insertTestCall(t.database.db, { identifier: DEMO_FOLLOWED_CALL, programmeCode: 'HORIZON', deadlineAts: [new Date('2030-01-01T16:00:00Z')] });
      expect(await followDemoCall(t.ctx(), admin.id)).toBe(true);
    }
    expect(await followDemoCall(t.ctx(), admin.id)).toBe(false);
    const [follow] = await t.database.db.select().from(callFollows);
    const [partnership] = await t.database.db.select().from(partnerships).where(eq(partnerships.key, 'dortmund-cluj-napoca'));
    expect(follow).toMatchObject({ userId: admin.id, partnershipId: partnership.id });
  });
});
