import crypto from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { fundingCalls } from '../calls/calls.table.ts';
import { callRadar, RADAR_CANDIDATES } from './call-radar.service.ts';

const DAY = 24 * 60 * 60 * 1000;
const now = new Date('2027-02-01T09:00:00Z');
const inDays = (n: number) => new Date(now.getTime() + n * DAY);

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
  // More calls fit than the radar scores: each shares one concept with the idea and closes soon,
  // as thousands of open calls of the full portal file do.
  const fillers = Array.from({ length: RADAR_CANDIDATES + 40 }, (_, i) => ({
    identifier: `FILLER-2027-${String(i).padStart(4, '0')}`,
    kind: 'grant' as const,
    title: `Filler call ${i}`,
    source: 'demo' as const,
    contentHash: crypto.randomUUID(),
    concepts: ['open-data'],
    openingAt: inDays(-30),
    deadlineAts: [inDays(10 + (i % 50))],
  }));
  for (let i = 0; i < fillers.length; i += 200) await t.database.db.insert(fundingCalls).values(fillers.slice(i, i + 200));
  // The best fit shares every concept of the idea but closes last.
  await t.database.db.insert(fundingCalls).values({
    identifier: 'BEST-FIT-2027-01',
    kind: 'grant',
    title: 'Open data, digital twins and climate neutrality for cities',
    source: 'demo',
    contentHash: crypto.randomUUID(),
    concepts: ['open-data', 'digital-twin', 'climate-neutrality'],
    openingAt: inDays(-30),
    deadlineAts: [inDays(200)],
  });
});

describe('the radar’s candidates', () => {
  it('keeps the best fit that closes late when more calls fit than it scores', async () => {
    const result = await callRadar(t.ctx(), { text: 'Open data and a digital twin for a climate-neutral city', status: 'open-forthcoming', limit: 10 }, now);
    expect(result.profile.concepts).toEqual(expect.arrayContaining(['open-data', 'digital-twin', 'climate-neutrality']));
    expect(result.items[0].call.identifier).toBe('BEST-FIT-2027-01');
  });
});
