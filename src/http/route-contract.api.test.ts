import crypto from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedCity } from '../testing/factories.ts';
import { createTestApp, type TestApp } from '../testing/test-app.ts';

/**
 * A sweep over every endpoint the API documents: each one has an authorisation rule and
 * refuses bad input with a 4xx JSON error naming the problem, never a 500. Feature tests check
 * the details; this test makes sure no endpoint was left without a rule.
 */

// Writes anyone may call: signing in and out, and the flows that start from an e-mailed link.
const PUBLIC_WRITES = new Set([
  'POST /api/auth/sign-in',
  'POST /api/auth/sign-out',
  'POST /api/auth/password-reset/request',
  'POST /api/auth/password-reset/complete',
  'POST /api/invitations/accept',
]);

// Reads that need a signed-in user.
const PRIVATE_READS = new Set([
  'GET /api/dashboard',
  'GET /api/me',
  'GET /api/me/export',
  'GET /api/users',
  'GET /api/invitations',
  'GET /api/tokens',
  'GET /api/admin/outbox',
  'GET /api/history/{entityType}/{id}',
  'GET /api/interchange/export',
  'GET /api/review-queue',
  'GET /api/introductions',
  'GET /api/introductions/pipeline',
  'GET /api/introductions/{id}',
  'GET /api/csv-imports',
  'GET /api/csv-imports/{id}',
  'GET /api/csv-imports/{id}/preview',
  'GET /api/csv-imports/{id}/report',
  'GET /api/csv-imports/{id}/report.csv',
  'GET /api/organisations/{id}/matches',
  'GET /api/organisation-items/{id}/matches',
  'GET /api/matching/quality',
  'GET /api/calls/imports',
  'GET /api/calls/radar',
  'GET /api/calls/followed',
  'GET /api/calendar-feeds',
  'GET /api/projects',
  'GET /api/projects/export.csv',
  'GET /api/projects/{id}',
  'GET /api/projects/{id}/partner-suggestions',
  'GET /api/projects/{id}/work-packages',
  'GET /api/projects/{id}/milestones',
  'GET /api/projects/{id}/indicators',
  'GET /api/projects/{id}/documents',
  'GET /api/projects/{id}/documents/{docId}',
  'GET /api/projects/{id}/timeline',
  'GET /api/me/activities',
  'GET /api/activities/{id}/report',
  'GET /api/activities/{id}/signature-sheet.pdf',
]);

type Operation = { method: string; path: string; hasBody: boolean; multipart: boolean };

let t: TestApp;
let operations: Operation[];

const fill = (path: string) => path.replace(/\{(\w+)\}/g, (_m, name: string) => (name === 'entityType' ? 'partnership' : crypto.randomUUID()));

beforeAll(async () => {
  t = await createTestApp();
  const spec = (await t.anonymous().get('/api/openapi.json')).body as {
    openapi: string;
    paths: Record<string, Record<string, { requestBody?: { content: Record<string, unknown> } }>>;
  };
  expect(spec.openapi).toBe('3.1.0');
  operations = Object.entries(spec.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({
      method: method.toUpperCase(),
      path,
      hasBody: !!op.requestBody,
      multipart: !!op.requestBody?.content['multipart/form-data'],
    })),
  );
});

describe('every documented endpoint', () => {
  it('is documented in the OpenAPI description, with interactive docs served', async () => {
    expect(operations.length).toBeGreaterThan(40);
    const docs = await t.anonymous().get('/api/docs/');
    expect(docs.status).toBe(200);
    expect(docs.text).toContain('swagger');
  });

  it('refuses the anonymous public where a sign-in is needed', async () => {
    const wrong: string[] = [];
    for (const op of operations) {
      const id = `${op.method} ${op.path}`;
      const isWrite = op.method !== 'GET';
      const needsUser = isWrite ? !PUBLIC_WRITES.has(id) : PRIVATE_READS.has(id);
      const res = await t.anonymous().request(op.method as 'GET', fill(op.path), isWrite && !op.multipart ? {} : undefined);
      if (res.status >= 500) wrong.push(`${id}: ${res.status}`);
      else if (needsUser && res.status !== 401) wrong.push(`${id}: expected 401, got ${res.status}`);
      if (res.status >= 400) expect(res.body.code, id).toEqual(expect.any(String));
    }
    expect(wrong).toEqual([]);
  });

  it('refuses a signed-in member without rights on every write', async () => {
    const city = await seedCity(t.database.db);
    const member = await t.signedIn({ role: 'member', cityId: city.id });
    const wrong: string[] = [];
    // Writes a member may make about their own account.
    const ownAccount = /^(PUT \/api\/me|POST \/api\/me\/password|POST \/api\/tokens|DELETE \/api\/tokens\/\{id\}|POST \/api\/auth\/)/;
    for (const op of operations.filter((o) => o.method !== 'GET')) {
      const id = `${op.method} ${op.path}`;
      if (PUBLIC_WRITES.has(id) || ownAccount.test(id)) continue;
      const res = await member.request(op.method as 'POST', fill(op.path), op.multipart ? undefined : {});
      // 400 for the empty body, 403 for lacking the right, 404 for the random id: all refusals.
      if (res.status < 400 || res.status >= 500) wrong.push(`${id}: ${res.status}`);
    }
    expect(wrong).toEqual([]);
  });

  it('answers a malformed body with 400 and the failing fields, never 500', async () => {
    const admin = await t.signedIn({ role: 'admin' });
    const wrong: string[] = [];
    for (const op of operations.filter((o) => o.hasBody && !o.multipart)) {
      const id = `${op.method} ${op.path}`;
      for (const body of ['"just a string"', '{"version": "seven", "unexpected": [1, 2]}', '{not json']) {
        const res = await admin.request(op.method as 'POST', fill(op.path), body, { 'content-type': 'application/json' });
        if (res.status >= 500) wrong.push(`${id} with ${body}: ${res.status}`);
        else if (![400, 404].includes(res.status)) wrong.push(`${id} with ${body}: expected 400, got ${res.status}`);
        else if (res.status === 400 && !Array.isArray(res.body.fields)) wrong.push(`${id}: no fields in the error`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('names the fields of a structurally valid but wrong body', async () => {
    const admin = await t.signedIn({ role: 'admin' });
    const res = await admin.post('/api/partnerships', { key: 'x', name: '', kind: 'marriage', status: 'active', cities: ['not-a-uuid'] });
    expect(res.status).toBe(400);
    const paths = res.body.fields.map((f: { path: string }) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['name', 'kind']));
  });
});
