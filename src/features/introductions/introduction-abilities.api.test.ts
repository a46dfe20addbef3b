import { beforeAll, describe, expect, it } from 'vitest';
import { seedCity, seedOrganisation } from '../../testing/factories.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import type { TestClient } from '../../testing/test-client.ts';
import { partnershipCities, partnerships } from '../partnerships/partnerships.table.ts';

// `can` on an introduction says what the caller may do with it; each flag is checked against what
// the action itself answers (refused = 401, 403, or 404 for those who may not even read it).
let t: TestApp;
let dortmund: { id: string };
let cluj: { id: string };
let lyon: { id: string };
const message = 'We build sensor networks for urban heat and seek a pilot partner in Cluj-Napoca.';
const allowed = (status: number) => status !== 401 && status !== 403 && status !== 404;

let n = 0;
async function pair() {
  const from = await seedOrganisation(t.database.db, { cityId: dortmund.id, key: `abilities-from-${++n}` });
  const to = await seedOrganisation(t.database.db, { cityId: cluj.id, key: `abilities-to-${n}` });
  const asker = await t.signedIn({ role: 'org-editor', organisationId: from.id, cityId: dortmund.id });
  const asked = await t.signedIn({ role: 'org-editor', organisationId: to.id, cityId: cluj.id });
  const member = await t.signedIn({ role: 'member', organisationId: from.id, cityId: dortmund.id });
  const ask = async () => (await asker.post('/api/introductions', { from: from.key, to: to.key, message })).body as { id: string; version: number };
  return { asker, asked, member, ask };
}

type Caller =
  | 'admin'
  | 'asking editor'
  | 'asked editor'
  | 'asking member'
  | 'coordinator of the asking city'
  | 'coordinator of the asked city'
  | 'coordinator elsewhere'
  | 'public';
type Pair = Awaited<ReturnType<typeof pair>>;
const callers: Record<Caller, (p: Pair) => Promise<TestClient> | TestClient> = {
  admin: () => t.signedIn({ role: 'admin' }),
  'asking editor': (p) => p.asker,
  'asked editor': (p) => p.asked,
  'asking member': (p) => p.member,
  'coordinator of the asking city': () => t.signedIn({ role: 'coordinator', cityId: dortmund.id }),
  'coordinator of the asked city': () => t.signedIn({ role: 'coordinator', cityId: cluj.id }),
  'coordinator elsewhere': () => t.signedIn({ role: 'coordinator', cityId: lyon.id }),
  public: () => t.anonymous(),
};
// While pending (answer, withdraw) and once accepted (moveStage).
const expected: Record<Caller, { answer: boolean; withdraw: boolean; moveStage: boolean } | 'unreadable'> = {
  admin: { answer: false, withdraw: true, moveStage: false },
  'asking editor': { answer: false, withdraw: true, moveStage: true },
  'asked editor': { answer: true, withdraw: false, moveStage: true },
  'asking member': { answer: false, withdraw: false, moveStage: true },
  'coordinator of the asking city': { answer: false, withdraw: false, moveStage: false },
  'coordinator of the asked city': { answer: false, withdraw: false, moveStage: false },
  'coordinator elsewhere': 'unreadable',
  public: 'unreadable',
};

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  dortmund = await seedCity(db, { name: 'Dortmund', country: 'DE' });
  cluj = await seedCity(db, { name: 'Cluj-Napoca', country: 'RO' });
  lyon = await seedCity(db, { name: 'Lyon', country: 'FR' });
  const [p] = await db
    .insert(partnerships)
    .values({ key: 'abilities-dortmund-cluj', name: 'Dortmund – Cluj-Napoca', kind: 'project-partnership', status: 'active' })
    .returning();
  await db.insert(partnershipCities).values([
    { partnershipId: p.id, cityId: dortmund.id, position: 0 },
    { partnershipId: p.id, cityId: cluj.id, position: 1 },
  ]);
});

describe('introduction abilities (can)', () => {
  it.each(Object.keys(callers) as Caller[])('match what the actions answer for %s', async (kind) => {
    const p = await pair();
    const caller = await callers[kind](p);
    const want = expected[kind];

    // Pending: withdrawing first (it frees the pair again), then answering.
    const toWithdraw = await p.ask();
    const read = await caller.get(`/api/introductions/${toWithdraw.id}`);
    const withdraw = await caller.post(`/api/introductions/${toWithdraw.id}/withdraw`, { version: toWithdraw.version });
    if (want === 'unreadable') {
      expect(allowed(read.status)).toBe(false);
      expect(allowed(withdraw.status)).toBe(false);
      expect(allowed((await caller.post(`/api/introductions/${toWithdraw.id}/accept`, { version: toWithdraw.version })).status)).toBe(false);
      return;
    }
    expect(read.status).toBe(200);
    expect(read.body.can).toEqual({ answer: want.answer, withdraw: want.withdraw, moveStage: false });
    expect(read.body.viewer).toMatchObject({ canAccept: want.answer, canDecline: want.answer, canWithdraw: want.withdraw, canMoveStage: false });
    expect(allowed(withdraw.status)).toBe(read.body.can.withdraw);
    if (want.withdraw) expect(withdraw.body.can).toEqual({ answer: false, withdraw: false, moveStage: false });
    else await p.asker.post(`/api/introductions/${toWithdraw.id}/withdraw`, { version: toWithdraw.version });

    const toAnswer = await p.ask();
    expect((await caller.get(`/api/introductions/${toAnswer.id}`)).body.can.answer).toBe(want.answer);
    const accept = await caller.post(`/api/introductions/${toAnswer.id}/accept`, { version: toAnswer.version });
    expect(allowed(accept.status)).toBe(want.answer);
    if (!want.answer) await p.asked.post(`/api/introductions/${toAnswer.id}/accept`, { version: toAnswer.version });

    // Accepted: the follow-up ladder.
    const after = await caller.get(`/api/introductions/${toAnswer.id}`);
    expect(after.body.status).toBe('accepted');
    expect(after.body.can).toEqual({ answer: false, withdraw: false, moveStage: want.moveStage });
    const move = await caller.post(`/api/introductions/${toAnswer.id}/stage`, { version: after.body.version, stage: 'met' });
    expect(allowed(move.status)).toBe(want.moveStage);
    if (want.moveStage) expect(move.status).toBe(200);
  });
});
