import crypto from 'node:crypto';
import { sql } from 'drizzle-orm';
import { seedDemo } from '../../features/demo/seed-demo.ts';
import { createTestApp, type TestApp } from '../test-app.ts';
import type { TestClient } from '../test-client.ts';
import { fingerprintQuery } from './db-fingerprint.ts';
import type { SchemaContext, ValuePool } from './openapi-arbitraries.ts';
import { listOperations, type JsonSchema, type OpenApiDocument, type Operation } from './openapi-operations.ts';
import interchangeSchema from '../../features/interchange/interchange-v1.schema.json' with { type: 'json' };

/**
 * A realistic world to fuzz in: the demo partnership (cities, organisations, agreement, people,
 * calls, a project) plus uploaded documents, a signed-in administrator, and a pool of the ids
 * and keys stored, so that generated requests point at real records as often as at missing ones.
 */

export interface FuzzWorld {
  t: TestApp;
  doc: OpenApiDocument;
  operations: Operation[];
  schema: SchemaContext;
  fingerprintSql: string;
  /** The administrator every request is made as. */
  admin: TestClient & { userId: string };
  /** Reads the stored ids again (after a write succeeded). */
  refreshPool(): Promise<void>;
}

const rows = (result: unknown) => (result as { rows: Record<string, unknown>[] }).rows;

const pdf = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

function upload(client: TestClient, url: string) {
  const boundary = `----PontisFuzzSeed${crypto.randomBytes(6).toString('hex')}`;
  const body = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="seed.pdf"\r\nContent-Type: application/pdf\r\n\r\n`),
    pdf,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return client.post(url, body, { 'content-type': `multipart/form-data; boundary=${boundary}` });
}

/** "cityId" → ["city", "cities"]; "work-packages" → ["work_package", "work_packages"]. */
function tableNamesFor(hint: string): string[] {
  const base = hint
    .replace(/Ids?$/, '')
    .replace(/([a-z])([A-Z])/g, '$1_$2')
    .replace(/-/g, '_')
    .toLowerCase();
  const singular = base.replace(/ies$/, 'y').replace(/s$/, '');
  return [singular, singular.endsWith('y') ? `${singular.slice(0, -1)}ies` : `${singular}s`];
}

export async function createFuzzWorld(): Promise<FuzzWorld> {
  const t = await createTestApp();
  await seedDemo(t.ctx());
  const admin = await t.signedIn({ role: 'admin' });
  const [project] = rows(await t.database.db.execute(sql`SELECT id FROM projects LIMIT 1`));
  const [agreement] = rows(await t.database.db.execute(sql`SELECT id FROM agreements LIMIT 1`));
  for (const url of [`/api/projects/${project.id}/documents`, `/api/agreements/${agreement.id}/documents`]) {
    const res = await upload(admin, url);
    if (res.status !== 201) throw new Error(`fuzz world: upload to ${url} failed: ${res.status} ${res.text}`);
  }

  const idTables = rows(
    await t.database.db.execute(
      sql`SELECT table_name FROM information_schema.columns WHERE table_schema = current_schema() AND column_name = 'id' AND data_type = 'uuid' ORDER BY table_name`,
    ),
  ).map((r) => String(r.table_name));
  const idsSql = idTables.map((name) => `(SELECT '${name}' AS t, id::text AS v FROM ${name} LIMIT 40)`).join(' UNION ALL ');
  const values = new Map<string, string[]>();

  async function refreshPool() {
    values.clear();
    const add = (key: string, v: string) => (values.get(key) ?? values.set(key, []).get(key)!).push(v);
    for (const r of rows(await t.database.db.execute(sql.raw(idsSql)))) {
      add(String(r.t), String(r.v));
      // The administrator's own account is left alone: demoting or disabling it ends the run.
      if (r.v !== admin.userId) add('*', String(r.v));
    }
    values.set(
      'users',
      (values.get('users') ?? []).filter((id) => id !== admin.userId),
    );
    for (const r of rows(await t.database.db.execute(sql`(SELECT identifier AS v FROM funding_calls LIMIT 40)`))) add('calls', String(r.v));
    for (const r of rows(await t.database.db.execute(sql`(SELECT key AS v FROM taxonomy_concepts LIMIT 40)`))) add('concepts', String(r.v));
    for (const r of rows(await t.database.db.execute(sql`(SELECT key AS v FROM organisations LIMIT 40)`))) add('organisation_keys', String(r.v));
  }

  const special: Record<string, string> = {
    identifier: 'calls',
    call: 'calls',
    concept: 'concepts',
    key: 'concepts',
    partnerId: 'project_partners',
    mId: 'project_milestones',
    wpId: 'project_work_packages',
    docId: 'project_documents',
    indicatorId: 'project_indicators',
  };
  const pool: ValuePool = (hint) => {
    if (hint === '*') return values.get('*') ?? [];
    if (special[hint]) return values.get(special[hint]) ?? [];
    if (values.has(hint)) return values.get(hint)!;
    const names = tableNamesFor(hint);
    for (const [table, vs] of values) if (names.some((n) => table === n || table.endsWith(`_${n}`))) return vs;
    return [];
  };

  await refreshPool();
  const doc = (await t.anonymous().get('/api/openapi.json')).body as OpenApiDocument;
  const operations = listOperations(doc);
  // The interchange import documents its body by the published JSON Schema file, not inline:
  // generate from that file, so that documents get past the outer checks and reach the import.
  const interchange = operations.find((op) => op.id === 'POST /api/interchange/import');
  if (interchange) {
    const { $defs, ...root } = interchangeSchema as JsonSchema & { $defs: Record<string, JsonSchema> };
    doc.components = { ...doc.components, schemas: { ...$defs, ...doc.components?.schemas } };
    interchange.bodySchema = root;
  }
  return {
    t,
    doc,
    operations,
    schema: { doc, pool },
    fingerprintSql: await fingerprintQuery(t.database.db),
    admin,
    refreshPool,
  };
}
