import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { seedUser, TEST_PASSWORD } from '../../testing/factories.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
  // The limits are sliding windows of 15 minutes, approximated from two fixed windows: attempts
  // that straddle a window's end count the earlier ones in proportion (rate-limit.ts), so a run
  // crossing 12:00:00 saw the 11th failure as the 10th. The clock stands one minute into a window.
  const window = 15 * 60 * 1000;
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(Math.floor(Date.now() / window) * window + 60_000);
});

afterAll(() => {
  vi.useRealTimers();
});

describe('sign-in rate limit', () => {
  it('refuses the 11th wrong password for one account, from any address, even with the right password then', async () => {
    const user = await seedUser(t.database.db, { role: 'member' });
    for (let i = 0; i < 10; i++) {
      // A new client address each time: the limit is per account, not only per address.
      const res = await t.anonymous().post('/api/auth/sign-in', { email: user.email, password: `wrong ${i}` });
      expect(res.status).toBe(401);
      expect(res.body.code).toBe('invalid_credentials');
    }
    const eleventh = await t.anonymous().post('/api/auth/sign-in', { email: user.email, password: 'wrong again' });
    expect(eleventh.status).toBe(429);
    expect(eleventh.body.code).toBe('rate_limited');
    expect(Number(eleventh.headers['retry-after'])).toBeGreaterThan(0);
    const right = await t.anonymous().post('/api/auth/sign-in', { email: user.email, password: TEST_PASSWORD });
    expect(right.status).toBe(429);
  });

  it('counts failures only: many successful sign-ins from one office address are never refused', async () => {
    const office = t.anonymous();
    const user = await seedUser(t.database.db, { role: 'member' });
    for (let i = 0; i < 35; i++) {
      const res = await office.post('/api/auth/sign-in', { email: user.email, password: TEST_PASSWORD });
      expect(res.status, `sign-in ${i + 1}`).toBe(200);
    }
    // Failures still count for the address: thirty wrong passwords (ten on each of three
    // accounts, under the per-account limit), then the address is refused for a fourth account.
    const statuses: number[] = [];
    for (let a = 0; a < 3; a++) {
      const colleague = await seedUser(t.database.db, { role: 'member' });
      for (let i = 0; i < 10; i++) statuses.push((await office.post('/api/auth/sign-in', { email: colleague.email, password: `wrong ${i}` })).status);
    }
    expect(statuses).toEqual(Array(30).fill(401));
    const fourth = await seedUser(t.database.db, { role: 'member' });
    expect((await office.post('/api/auth/sign-in', { email: fourth.email, password: TEST_PASSWORD })).status).toBe(429);
  });
});
