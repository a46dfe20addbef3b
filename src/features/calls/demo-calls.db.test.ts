import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { DEMO_CALLS, seedDemoCalls } from './demo-calls.ts';
import { getCall, listCalls } from './list-calls.ts';

const now = new Date('2026-11-02T10:00:00Z');
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});

describe('demo calls', () => {
  it('loads eleven calls through the import, dated relative to the seed day, and again changes nothing', async () => {
    expect(await seedDemoCalls(t.ctx(), now)).toMatchObject({ records: 11, added: 11, skipped: 0 });
    expect(await seedDemoCalls(t.ctx(), now)).toMatchObject({ added: 0, changed: 0, unchanged: 11 });

    const mission = await getCall(t.ctx(), 'HORIZON-MISS-2027-CIT-02-03', now);
    expect(mission).toMatchObject({ identifier: DEMO_CALLS.citiesMission, status: 'open', source: 'demo', programme: { code: 'HORIZON' } });
    // Ten weeks after the seed day, 17:00 Brussels (CET in January).
    expect(mission.nextDeadlineAt).toBe('2027-01-11T16:00:00.000Z');
    // The demo note is the call page's to say (source `demo`), not part of the call's text.
    expect(mission.summary).not.toContain('Demo data');
    expect(mission.concepts.length).toBeGreaterThan(0);

    expect((await getCall(t.ctx(), DEMO_CALLS.townTwinning, now)).deadlines.map((d) => d.label)).toEqual(['cut-off 1', 'cut-off 2']);
    expect((await getCall(t.ctx(), DEMO_CALLS.interreg, now)).deadlines.map((d) => d.label)).toEqual(['stage 1', 'stage 2']);
    expect((await getCall(t.ctx(), DEMO_CALLS.positiveEnergy, now)).status).toBe('forthcoming');
    expect((await getCall(t.ctx(), DEMO_CALLS.closed, now)).status).toBe('closed');
    expect((await getCall(t.ctx(), DEMO_CALLS.tender, now)).kind).toBe('tender');

    const listed = await listCalls(t.ctx(), { page: 1, pageSize: 100 }, now);
    expect(listed.total).toBe(10);
    for (const c of listed.items) {
      if (!c.nextDeadlineAt) continue;
      const weeks = (Date.parse(c.nextDeadlineAt) - now.getTime()) / (7 * 86_400_000);
      expect(weeks).toBeGreaterThan(2.5);
      expect(weeks).toBeLessThan(16.5);
    }
  });
});
