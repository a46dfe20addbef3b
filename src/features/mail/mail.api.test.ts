import { beforeAll, describe, expect, it } from 'vitest';
import { seedCity } from '../../testing/factories.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { enqueueMail } from './mail-outbox.ts';

let t: TestApp;
let admin: Awaited<ReturnType<TestApp['signedIn']>>;

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.signedIn({ role: 'admin' });
  for (const n of [1, 2, 3]) {
    await enqueueMail(t.database.db, t.config, {
      to: `person${n}@example.org`,
      subject: `Subject ${n}`,
      text: `Open http://localhost:3000/reset-password?token=t${n}`,
      purpose: 'password-reset',
    });
  }
});

describe('GET /api/admin/outbox', () => {
  it('shows admins the held mail, newest first, with the full text', async () => {
    const res = await admin.get('/api/admin/outbox');
    expect(res.status).toBe(200);
    expect(res.body.smtpConfigured).toBe(false);
    const mine = res.body.items.filter((m: { to: string }) => m.to.startsWith('person'));
    expect(mine.map((m: { subject: string }) => m.subject)).toEqual(['Subject 3', 'Subject 2', 'Subject 1']);
    expect(mine[0]).toMatchObject({
      status: 'held',
      to: 'person3@example.org',
      purpose: 'password-reset',
      text: 'Open http://localhost:3000/reset-password?token=t3',
      sentAt: null,
      lastError: null,
      lastErrorCode: null,
    });
    expect(typeof mine[0].createdAt).toBe('string');
  });

  it('filters by status and limits the list', async () => {
    expect((await admin.get('/api/admin/outbox?status=sent')).body.items).toEqual([]);
    expect((await admin.get('/api/admin/outbox?limit=1')).body.items).toHaveLength(1);
  });

  it('refuses the public and non-admins', async () => {
    expect((await t.anonymous().get('/api/admin/outbox')).status).toBe(401);
    const city = await seedCity(t.database.db);
    const coordinator = await t.signedIn({ role: 'coordinator', cityId: city.id });
    const res = await coordinator.get('/api/admin/outbox');
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('forbidden');
  });

  it('names a malformed query parameter', async () => {
    const res = await admin.get('/api/admin/outbox?status=lost&limit=0');
    expect(res.status).toBe(400);
    expect(res.body.fields.map((f: { path: string }) => f.path).sort()).toEqual(['querystring.limit', 'querystring.status']);
  });
});
