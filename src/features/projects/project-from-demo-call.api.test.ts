import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { fundingCalls } from '../calls/calls.table.ts';
import { DEMO_CALLS, seedDemoCalls } from '../calls/demo-calls.ts';
import { createProjectsWorld, insertCall } from './projects-test-world.ts';

/**
 * A project started from a demo call takes the call's text, never the demo note (issue 11: "Demo
 * data: this call is invented" ended up in the project's summary).
 */

let t: TestApp;
let w: Awaited<ReturnType<typeof createProjectsWorld>>;

beforeAll(async () => {
  t = await createTestApp();
  w = await createProjectsWorld(t);
  // The world's own call has the identifier of a demo call: the demo's version replaces it.
  await t.database.db.delete(fundingCalls).where(eq(fundingCalls.identifier, DEMO_CALLS.citiesMission));
  await seedDemoCalls(t.ctx());
});

const startFrom = (callIdentifier: string) => w.dortmundCoordinator.post('/api/projects', { partnership: 'dortmund-cluj', callIdentifier });

describe('a project started from a demo call', () => {
  it('has the call’s text as its summary, without a demo note', async () => {
    const res = await startFrom(DEMO_CALLS.citiesMission);
    expect(res.status).toBe(201);
    expect(res.body.summary).toBe(
      'Cities build local digital twins that join energy, mobility and environmental data, and share the tools with partner cities across Europe.',
    );
    const call = await w.admin.get(`/api/calls/${DEMO_CALLS.citiesMission}`);
    expect(call.body).toMatchObject({ source: 'demo' });
    expect(call.body.summary).not.toMatch(/demo/i);
  });

  it('leaves out the note that demo calls loaded by an older version carry in their text', async () => {
    await insertCall(t.database.db, {
      identifier: 'DEMO-LEGACY-01',
      summary:
        'Districts that produce more renewable energy than they use.\nDemo data: this call is invented for the Pontis demonstration; its dates move with the day the demo was loaded.',
    });
    const res = await startFrom('DEMO-LEGACY-01');
    expect(res.status).toBe(201);
    expect(res.body.summary).toBe('Districts that produce more renewable energy than they use.');
  });

  it('keeps a portal call’s text as it is, even a line that happens to read the same', async () => {
    await insertCall(t.database.db, { identifier: 'PORTAL-01', source: 'reference-file', summary: 'Demo data: this call is invented, says the portal.' });
    expect((await startFrom('PORTAL-01')).body.summary).toBe('Demo data: this call is invented, says the portal.');
  });
});
