import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientFor, createAuthorisationWorld, principals, type AuthorisationWorld } from '../testing/authorisation-world.ts';
import { createTestApp, type TestApp } from '../testing/test-app.ts';
import type { TestClient } from '../testing/test-client.ts';
import { authorisationMatrix } from './authorisation-matrix.ts';
import { parseExpectation, type MatrixEntry, type Outcome } from './authorisation-matrix-types.ts';

/**
 * Runs the authorisation matrix (authorisation-matrix.ts) against every operation the API
 * documents: each one is called by each principal with a valid request, and the answer must be
 * the one the matrix states. An operation without an entry, or an entry for an operation that
 * no longer exists, fails the test: a new route cannot ship without its authorisation rule.
 */

let t: TestApp;
let w: AuthorisationWorld;
let operations: string[] = [];

beforeAll(async () => {
  t = await createTestApp();
  w = await createAuthorisationWorld(t);
  const spec = (await t.anonymous().get('/api/openapi.json')).body as { paths: Record<string, Record<string, unknown>> };
  operations = Object.entries(spec.paths).flatMap(([path, methods]) => Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`));
});

const matches = (expected: Outcome, status: number, entry: MatrixEntry) =>
  expected === 'ok' ? (status >= 200 && status < 300) || (entry.business ?? []).includes(status) : status === expected;

let checked = 0;
afterAll(() => {
  const entries = Object.keys(authorisationMatrix).length;
  console.info(`authorisation matrix: ${entries} operations × ${principals.length} principals; ${checked} answers as the matrix states`);
});

describe('the authorisation matrix', () => {
  it('has an entry for each operation of the OpenAPI document', () => {
    expect(
      operations.filter((op) => !(op in authorisationMatrix)),
      'operations without a matrix entry',
    ).toEqual([]);
  });

  // One test per entry: an entry whose operation is gone fails here.
  it.each(Object.entries(authorisationMatrix))('%s', async (operation, entry) => {
    expect(operations, 'the operation is no longer in the OpenAPI document').toContain(operation);
    expect(await differences(operation, entry)).toEqual([]);
    checked += principals.length;
  });

  it('notices an answer that differs from the matrix', async () => {
    // The account list with the rule turned round: every principal must be reported.
    const wrong = await differences('GET /api/users', { ...authorisationMatrix['GET /api/users'], expect: 'ok 404 ok 403 ok 401 403' });
    expect(wrong).toHaveLength(principals.length);
    expect(wrong[0]).toMatch(/^anonymous: expected ok, got 401/);
  });
});

/** Calls one operation as every principal; the answers that differ from the entry's row. */
async function differences(operation: string, entry: MatrixEntry): Promise<string[]> {
  const [method] = operation.split(' ');
  const expected = parseExpectation(entry.expect);
  const wrong: string[] = [];
  for (const principal of principals) {
    let client: TestClient & { userId?: string } = clientFor(w, principal, entry.owner ?? 'coordinator');
    const userId = client.userId ?? null;
    try {
      if (entry.session === 'fresh' && userId) client = await w.freshSession(userId);
      if (entry.session === 'double' && userId) client = await w.doubleSession(userId);
      const req = await entry.request(w, { principal, userId });
      const res = req.multipart
        ? await client.request(method as 'POST', req.path, req.multipart.body, req.multipart.headers)
        : await client.request(method as 'POST', req.path, req.body ?? (method === 'GET' || method === 'DELETE' ? undefined : {}));
      if (!matches(expected[principal], res.status, entry)) {
        const detail = res.status >= 400 ? ` ${res.body?.code ?? ''}: ${res.body?.message ?? ''}` : '';
        wrong.push(`${principal}: expected ${expected[principal]}, got ${res.status}${detail}`);
      }
    } catch (error) {
      wrong.push(`${principal}: the request could not be built or sent: ${(error as Error).message}`);
    }
  }
  return wrong;
}
