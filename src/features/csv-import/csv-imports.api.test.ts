import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedCity, seedOrganisation } from '../../testing/factories.ts';
import { multipartBody } from '../../testing/multipart-body.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import type { TestClient } from '../../testing/test-client.ts';
import { organisations } from '../organisations/organisations.table.ts';
import { runDueCsvImports } from './csv-import-worker.ts';

const upload = (client: TestClient, cityId: string, text: string | Buffer) => {
  const { body, headers } = multipartBody({
    fileName: 'organisations.csv',
    contentType: 'text/csv',
    content: Buffer.isBuffer(text) ? text : Buffer.from(text),
  });
  return client.post(`/api/csv-imports?cityId=${cityId}`, body, headers);
};

const sheet = [
  '\uFEFFOrganisationen Beispielstadt (Stand 2024)',
  'Name;Art;Webseite;Beschreibung;Angebot',
  'Api Labor GmbH;Unternehmen;www.api-labor.example;Sensoren für Straßenbäume;Messnetz für Stadtbäume',
  'Api Verein;Raumschiff;;;',
  'Api Schule;Schule;;;',
].join('\r\n');

let t: TestApp;
let city: { id: string; key: string };
let otherCity: { id: string };
let coordinator: TestClient;
const logger = { info() {}, error() {} };
const work = () => runDueCsvImports(t.database, t.config, logger);

beforeAll(async () => {
  t = await createTestApp();
  city = await seedCity(t.database.db, { name: 'Beispielstadt' });
  otherCity = await seedCity(t.database.db);
  coordinator = await t.signedIn({ role: 'coordinator', cityId: city.id });
});

describe('CSV import API', () => {
  let id: string;
  let version: number;

  it('stores an upload and suggests a mapping from the German column names', async () => {
    const res = await upload(coordinator, city.id, sheet);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({
      fileName: 'organisations.csv',
      delimiter: 'semicolon',
      headers: ['Name', 'Art', 'Webseite', 'Beschreibung', 'Angebot'],
      mapping: { name: 'Name', kind: 'Art', website: 'Webseite', description: 'Beschreibung', offerText: 'Angebot' },
      state: 'uploaded',
      canStart: true,
      city: { id: city.id },
    });
    id = res.body.id;
    version = res.body.version;
    const list = await coordinator.get('/api/csv-imports');
    expect(list.body.items.map((i: { id: string }) => i.id)).toContain(id);
  });

  it('previews the first rows with their problems', async () => {
    const res = await coordinator.get(`/api/csv-imports/${id}/preview`);
    expect(res.status).toBe(200);
    expect(res.body.mappingProblems).toEqual([]);
    expect(res.body.rows).toHaveLength(3);
    expect(res.body.rows[0]).toEqual({
      row: 3,
      cells: ['Api Labor GmbH', 'Unternehmen', 'www.api-labor.example', 'Sensoren für Straßenbäume', 'Messnetz für Stadtbäume'],
      problems: [],
    });
    expect(res.body.rows[1].problems).toEqual([expect.objectContaining({ row: 4, field: 'kind', column: 'Art', rule: 'invalid_enum' })]);
  });

  it('refuses a mapping to a column the file does not have, naming the field', async () => {
    const res = await coordinator.put(`/api/csv-imports/${id}/mapping`, { version, mapping: { name: 'Name', kind: 'Typ' } });
    expect(res.status).toBe(400);
    expect(res.body.fields).toEqual([expect.objectContaining({ path: 'mapping.kind' })]);
  });

  it('validates in the background and rejects the file when a row is invalid', async () => {
    const mapped = await coordinator.put(`/api/csv-imports/${id}/mapping`, {
      version,
      mapping: { name: 'Name', kind: 'Art', description: 'Beschreibung', offerText: 'Angebot', website: 'Webseite' },
    });
    expect(mapped.status).toBe(200);
    const started = await coordinator.post(`/api/csv-imports/${id}/start`, { version: mapped.body.version, mode: 'import' });
    expect(started.status).toBe(202);
    expect(started.body).toMatchObject({ state: 'queued', canStart: false });
    const again = await coordinator.post(`/api/csv-imports/${id}/start`, { version: started.body.version, mode: 'import' });
    expect(again.status).toBe(409);
    expect(await work()).toBe(1);
    const done = await coordinator.get(`/api/csv-imports/${id}`);
    expect(done.body).toMatchObject({
      state: 'done',
      outcome: 'rejected',
      report: { rows: 3, validRows: 2, invalidRows: 1 },
      progress: { percent: 100 },
      canStart: true,
    });
    expect(await t.database.db.select().from(organisations).where(eq(organisations.cityId, city.id))).toEqual([]);
    const report = await coordinator.get(`/api/csv-imports/${id}/report`);
    expect(report.body).toEqual({ problems: [expect.objectContaining({ row: 4, field: 'kind' })], problemCount: 1, truncated: false });
    const csv = await coordinator.get(`/api/csv-imports/${id}/report.csv`);
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.headers['content-disposition']).toContain('organisations-report.csv');
    expect(csv.text).toContain('row,field,column,rule,message');
    expect(csv.text).toContain('4,kind,Art,invalid_enum');
    version = done.body.version;
  });

  it('imports the valid rows with skipInvalid, and then refuses to start again', async () => {
    const stale = await coordinator.post(`/api/csv-imports/${id}/start`, { version: version - 1, mode: 'import', skipInvalid: true });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('version_conflict');
    const started = await coordinator.post(`/api/csv-imports/${id}/start`, { version, mode: 'import', skipInvalid: true });
    expect(started.status).toBe(202);
    await work();
    const done = await coordinator.get(`/api/csv-imports/${id}`);
    expect(done.body).toMatchObject({ state: 'done', outcome: 'imported', counts: { created: 2, updated: 0, unchanged: 0, skipped: 1 }, canStart: false });
    const names = (await t.database.db.select().from(organisations).where(eq(organisations.cityId, city.id))).map((o) => o.name).sort();
    expect(names).toEqual(['Api Labor GmbH', 'Api Schule']);
    const again = await coordinator.post(`/api/csv-imports/${id}/start`, { version: done.body.version, mode: 'import' });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('import_done');
  });

  it('refuses files that are not UTF-8 or have no rows, naming the field', async () => {
    const latin1 = await upload(coordinator, city.id, Buffer.from('Name;Art\nStraße;Firma\n', 'latin1'));
    expect(latin1.status).toBe(400);
    expect(latin1.body.fields).toEqual([expect.objectContaining({ path: 'file', rule: 'encoding' })]);
    const empty = await upload(coordinator, city.id, '');
    expect(empty.status).toBe(400);
    expect(empty.body.fields[0].path).toBe('file');
  });
});

describe('CSV import authorisation', () => {
  let id: string;
  beforeAll(async () => {
    const admin = await t.signedIn({ role: 'admin' });
    id = (await upload(admin, city.id, 'Name,Art\nX,company\n')).body.id;
  });
  const paths = () =>
    [
      ['GET', `/api/csv-imports/${id}`],
      ['GET', `/api/csv-imports/${id}/preview`],
      ['GET', `/api/csv-imports/${id}/report`],
      ['GET', `/api/csv-imports/${id}/report.csv`],
      ['PUT', `/api/csv-imports/${id}/mapping`, { version: 1, mapping: { name: 'Name', kind: 'Art' } }],
      ['POST', `/api/csv-imports/${id}/start`, { version: 1, mode: 'import' }],
    ] as const;

  it('refuses the anonymous public', async () => {
    const anonymous = t.anonymous();
    expect((await upload(anonymous, city.id, 'Name,Art\nX,company\n')).status).toBe(401);
    expect((await anonymous.get('/api/csv-imports')).status).toBe(401);
    for (const [method, path, body] of paths()) expect((await anonymous.request(method, path, body)).status, path).toBe(401);
  });

  it('refuses members and organisation editors', async () => {
    const org = await seedOrganisation(t.database.db, { cityId: city.id });
    for (const role of ['member', 'org-editor'] as const) {
      const user = await t.signedIn({ role, cityId: role === 'member' ? city.id : null, organisationId: role === 'org-editor' ? org.id : null });
      expect((await upload(user, city.id, 'Name,Art\nX,company\n')).status).toBe(403);
      expect((await user.get('/api/csv-imports')).status).toBe(403);
      for (const [method, path, body] of paths()) expect((await user.request(method, path, body)).status, `${role} ${path}`).toBe(403);
    }
  });

  it('refuses another city’s coordinator, who does not see the import in the list either', async () => {
    const stranger = await t.signedIn({ role: 'coordinator', cityId: otherCity.id });
    expect((await upload(stranger, city.id, 'Name,Art\nX,company\n')).status).toBe(403);
    for (const [method, path, body] of paths()) expect((await stranger.request(method, path, body)).status, path).toBe(403);
    expect((await stranger.get('/api/csv-imports')).body.items).toEqual([]);
  });

  it('refuses files over the size limit with 413', async () => {
    const small = await createTestApp({ maxUploadBytes: 200 });
    const smallCity = await seedCity(small.database.db);
    const admin = await small.signedIn({ role: 'admin' });
    const res = await upload(admin, smallCity.id, `Name,Art\n${'Y,company\n'.repeat(200)}`);
    expect(res.status).toBe(413);
    expect(res.body.fields).toEqual([expect.objectContaining({ path: 'file', rule: 'max_size' })]);
    expect(res.body.message).toMatch(/^The file is larger than the limit of .+ MB; import it with the command line \(pontis import-csv\)\.$/);
  });
});
