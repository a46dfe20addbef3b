import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../features/demo/seed-demo.ts';
import { seedCity } from '../testing/factories.ts';
import { multipartBody } from '../testing/multipart-body.ts';
import { createTestApp, type TestApp } from '../testing/test-app.ts';
import type { TestClient } from '../testing/test-client.ts';

/**
 * Regression tests for inputs that used to end in a 500 (issue 10): a NUL character anywhere,
 * broken multipart bodies, a CSV with a quote never closed, a CSRF header of the right length in
 * Latin-1, and JSON that is not UTF-8. Each must be a 4xx naming what is wrong, and change nothing.
 */

let t: TestApp;
let admin: TestClient;
let cityId: string;
let agreementId: string;
let projectId: string;

const count = async (table: string) =>
  Number(((await t.database.db.execute(sql.raw(`SELECT count(*)::int AS n FROM ${table}`))) as unknown as { rows: { n: number }[] }).rows[0].n);

beforeAll(async () => {
  t = await createTestApp();
  await seedDemo(t.ctx());
  admin = await t.signedIn({ role: 'admin' });
  cityId = (await seedCity(t.database.db)).id;
  const partnership = await admin.get('/api/partnerships/dortmund-cluj-napoca');
  agreementId = partnership.body.agreements[0].id;
  projectId = (await admin.get('/api/projects')).body.items[0].id;
});

describe('a NUL character (PostgreSQL cannot store U+0000)', () => {
  it('is refused in a JSON body with 400 naming the field, and nothing is written', async () => {
    const before = await count('partnerships');
    const res = await admin.post('/api/partnerships', {
      key: 'nul-test',
      name: 'Nul\u0000Partnership',
      kind: 'twinning',
      status: 'active',
      cities: [],
    });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'validation_failed', fields: [{ path: 'name', rule: 'no_nul_character' }] });
    expect(await count('partnerships')).toBe(before);
  });

  it('names the field deep in a body, and in object keys', async () => {
    const deep = await admin.post('/api/partnerships', { name: 'x', description: [{ lang: 'en', text: 'a\u0000b' }] });
    expect(deep.body.fields).toEqual([expect.objectContaining({ path: 'description.0.text', rule: 'no_nul_character' })]);
    const key = await admin.post('/api/partnerships', { name: 'x', ['bad\u0000key']: 1 });
    expect(key.status).toBe(400);
    expect(key.body.fields[0].path).toBe('bad\\u0000key');
  });

  it('is refused in anonymous reads: the query string and path parameters', async () => {
    const search = await t.anonymous().get('/api/search?q=%00');
    expect(search.status).toBe(400);
    expect(search.body.fields).toEqual([expect.objectContaining({ path: 'querystring.q', rule: 'no_nul_character' })]);
    const organisation = await t.anonymous().get('/api/organisations/%00');
    expect(organisation.status).toBe(400);
    expect(organisation.body.fields[0].path).toBe('params.id');
  });

  it('still asks an anonymous writer to sign in first, without looking at the body', async () => {
    const res = await t.anonymous().post('/api/partnerships', { name: '\u0000' });
    expect(res.status).toBe(401);
  });

  it('is refused in an uploaded file name and in the text fields sent with it', async () => {
    const before = await count('project_documents');
    const named = multipartBody({ fileName: 'plan\u0000.pdf', contentType: 'application/pdf', content: Buffer.from('%PDF-1.7\n%%EOF\n') });
    const res = await admin.post(`/api/projects/${projectId}/documents`, named.body, named.headers);
    expect(res.status).toBe(400);
    expect(res.body.fields[0]).toMatchObject({ path: 'file.name', rule: 'no_nul_character' });
    const titled = multipartBody(
      { fileName: 'plan.pdf', contentType: 'application/pdf', content: Buffer.from('%PDF-1.7\n%%EOF\n') },
      { fields: { title: 'Plan\u0000' } },
    );
    const res2 = await admin.post(`/api/projects/${projectId}/documents`, titled.body, titled.headers);
    expect(res2.status).toBe(400);
    expect(res2.body.fields[0].path).toBe('title');
    expect(await count('project_documents')).toBe(before);
  });

  it('is refused in a CSV cell, naming the line and column', async () => {
    const { body, headers } = multipartBody({ fileName: 'o.csv', contentType: 'text/csv', content: Buffer.from('Name;Art\nLabor\u0000;Unternehmen\n') });
    const res = await admin.post(`/api/csv-imports?cityId=${cityId}`, body, headers);
    expect(res.status).toBe(400);
    expect(res.body.fields[0]).toMatchObject({ path: 'file', rule: 'no_nul_character' });
    expect(res.body.message).toMatch(/Line 2, column 1/);
  });
});

describe('broken multipart bodies', () => {
  const uploadRoutes = () => [
    `/api/csv-imports?cityId=${cityId}`,
    `/api/agreements/${agreementId}/documents`,
    `/api/projects/${projectId}/documents`,
    '/api/calls/import',
  ];

  it('answers a multipart body without a boundary with 400 on every upload route', async () => {
    for (const url of uploadRoutes()) {
      const res = await admin.post(url, Buffer.from('--x\r\n\r\nhello\r\n--x--\r\n'), { 'content-type': 'multipart/form-data' });
      expect(res.status, url).toBe(400);
      expect(res.body.fields[0], url).toMatchObject({ path: 'file', rule: 'multipart' });
    }
  });

  it('answers a body cut off before its closing boundary with 400, storing nothing', async () => {
    const documents = await count('project_documents');
    const imports = await count('csv_imports');
    for (const url of uploadRoutes()) {
      const { body, headers } = multipartBody({ fileName: 'a.pdf', contentType: 'application/pdf', content: Buffer.from('%PDF-1.7\n'.repeat(50)) });
      const res = await admin.post(url, body.subarray(0, body.length - 40), headers);
      expect(res.status, url).toBe(400);
      // The calls import streams the file: its reader names the cut-off read, the others busboy.
      expect(res.body.fields[0].rule, url).toBe(url === '/api/calls/import' ? 'read' : 'multipart');
    }
    expect(await count('project_documents')).toBe(documents);
    expect(await count('csv_imports')).toBe(imports);
  });
});

describe('a CSV file with a quote that is never closed', () => {
  it('is refused at upload with 400 naming the line', async () => {
    const csv = 'Name;Art;Beschreibung\nLabor;Unternehmen;"Sensoren\nVerein;Verein;ok\n';
    const { body, headers } = multipartBody({ fileName: 'o.csv', contentType: 'text/csv', content: Buffer.from(csv) });
    const res = await admin.post(`/api/csv-imports?cityId=${cityId}`, body, headers);
    expect(res.status).toBe(400);
    expect(res.body.fields[0]).toMatchObject({ path: 'file', rule: 'csv_syntax' });
    expect(res.body.message).toMatch(/never closed.*after line 1/);
  });
});

describe('the CSRF header', () => {
  it('refuses a header of the right length in characters but not in bytes with 403', async () => {
    const member = await t.signedIn({ role: 'member', cityId });
    const latin1 = 'é'.repeat(member.csrfToken!.length);
    const res = await member.withoutCsrf().request('PUT', '/api/me', { displayName: 'Mallory' }, { 'x-csrf-token': latin1 });
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('csrf_failed');
  });
});

describe('JSON bodies that are not UTF-8', () => {
  it('refuses invalid UTF-8 instead of storing U+FFFD', async () => {
    const before = await count('partnerships');
    const body = Buffer.concat([
      Buffer.from('{"key":"utf8-test","name":"Cluj '),
      Buffer.from([0xc3, 0x28]),
      Buffer.from('","kind":"twinning","status":"active"}'),
    ]);
    const res = await admin.post('/api/partnerships', body, { 'content-type': 'application/json' });
    expect(res.status).toBe(400);
    expect(res.body.fields[0]).toMatchObject({ path: '(body)', rule: 'utf8' });
    expect(await count('partnerships')).toBe(before);
  });

  it('refuses another declared charset with 415, and names the body for JSON that does not parse', async () => {
    const latin = await admin.post('/api/partnerships', Buffer.from('{"name":"Cluj"}', 'latin1'), { 'content-type': 'application/json; charset=iso-8859-1' });
    expect(latin.status).toBe(415);
    const broken = await admin.post('/api/partnerships', '{"name":', { 'content-type': 'application/json' });
    expect(broken.status).toBe(400);
    expect(broken.body.fields[0].path).toBe('(body)');
  });
});
