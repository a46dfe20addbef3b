import { Readable, Writable } from 'node:stream';
import zlib from 'node:zlib';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database, type Db } from '../../db/database.ts';
import { buildApp } from '../../http/app.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { TestClient } from '../../testing/test-client.ts';
import { seedCity, seedOrganisation, seedUser, TEST_PASSWORD } from '../../testing/factories.ts';
import { testEngine } from '../../testing/test-engine.ts';
import { addAgreementDocument } from '../partnerships/agreements/agreement-documents.service.ts';
import { agreements } from '../partnerships/agreements/agreements.table.ts';
import { seedDemo } from '../demo/seed-demo.ts';
import { exportInterchange, interchangeFileText } from '../interchange/export-interchange.ts';
import { systemActor } from '../../shared/actor.ts';
import { createEmptyTestDatabase } from './empty-test-database.ts';
import { readBackup, restoreBackup, writeBackup, type BackupProgress } from './index.ts';
import { rows } from './schema-catalogue.ts';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { listMigrations, migrate } from '../../db/migrate.ts';

async function backupToBuffer(database: Pick<Database, 'db' | 'engine'>, onProgress?: (p: BackupProgress) => void | Promise<void>) {
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk, _encoding, callback) {
      chunks.push(chunk);
      callback();
    },
  });
  const summary = await writeBackup(database, sink, { onProgress });
  return { file: Buffer.concat(chunks), summary };
}

/** The backup's lines, uncompressed. */
const linesOf = (file: Buffer) => zlib.gunzipSync(file).toString('utf8').split('\n').filter(Boolean);
const gzipLines = (lines: string[]) => zlib.gzipSync(`${lines.join('\n')}\n`);

const exportText = async (db: Db, config: TestApp['config']) => interchangeFileText(await exportInterchange({ db, actor: systemActor('test'), config }));
const tableDump = (db: Db, query: string) => rows<{ r: string }>(db, sql.raw(`SELECT to_json(t)::text AS r FROM (${query}) t`)).then((r) => r.map((x) => x.r));
const userDataCount = async (db: Db) => {
  const [{ n }] = await rows<{ n: number }>(
    db,
    sql`SELECT (SELECT count(*) FROM users) + (SELECT count(*) FROM audit_events) + (SELECT count(*) FROM organisations) AS n`,
  );
  return Number(n);
};
/** Facet counts as readers see them: base rows plus pending deltas. */
const facetCounts = (db: Db) =>
  tableDump(
    db,
    `SELECT valid_month::text, dim, value, sum(n)::int AS n FROM (SELECT * FROM search_facet_totals UNION ALL SELECT * FROM search_facet_deltas) x
     GROUP BY 1, 2, 3 HAVING sum(n) <> 0 ORDER BY 1, 2, 3`,
  );

// Every byte value, behind the PDF signature the upload insists on.
const documentBytes = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.from(Array.from({ length: 256 }, (_, i) => i)), Buffer.from('\n%%EOF\n')]);

let t: TestApp;
let target: Database;
let documentId: string;
let email: string;
let backup: Buffer;

beforeAll(async () => {
  t = await createTestApp();
  const ctx = t.ctx();
  await seedDemo(ctx);
  const user = await seedUser(t.database.db, { role: 'admin', displayName: 'Zoë Ünal-Restore' });
  email = user.email;
  const [agreement] = await t.database.db.select({ id: agreements.id }).from(agreements).limit(1);
  documentId = (await addAgreementDocument(ctx, agreement.id, { fileName: 'letter.pdf', contentType: 'application/pdf', bytes: documentBytes })).id;
  target = await createEmptyTestDatabase();
  backup = (await backupToBuffer(t.database)).file;
}, 240_000);
afterAll(async () => {
  await target?.close();
});

describe('backup and restore', { timeout: 240_000 }, () => {
  it('writes a header, every table with its rows, and a checksummed end', async () => {
    const lines = linesOf(backup);
    const header = JSON.parse(lines[0]);
    expect(header).toMatchObject({ format: 'pontis-backup', version: 1, engine: testEngine });
    expect(header.migrations.map((m: { name: string }) => m.name)).toContain('0001_foundation.sql');
    const names = header.tables.map((x: { name: string }) => x.name);
    for (const table of ['users', 'audit_events', 'agreement_documents', 'search_facet_totals', 'themes']) expect(names).toContain(table);
    // Foreign keys first: a table never comes before one it refers to.
    expect(names.indexOf('cities')).toBeLessThan(names.indexOf('organisations'));
    expect(names.indexOf('agreements')).toBeLessThan(names.indexOf('agreement_documents'));
    const end = JSON.parse(lines.at(-1)!);
    expect(end.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(end.rows.users).toBeGreaterThan(0);
    expect(lines.join('\n')).toContain('Zoë Ünal-Restore');
  });

  it('refuses a backup of a newer schema, and files that are not backups', async () => {
    const lines = linesOf(backup);
    const header = JSON.parse(lines[0]);
    header.migrations.push({ name: '9999_from_the_future.sql', checksum: 'x' });
    await expect(restoreBackup(target, Readable.from([gzipLines([JSON.stringify(header), ...lines.slice(1)])]))).rejects.toMatchObject({
      code: 'backup_newer_schema',
      message: expect.stringContaining('9999_from_the_future.sql'),
    });
    await expect(restoreBackup(target, Readable.from([Buffer.from('{"cities": []}')]))).rejects.toMatchObject({ code: 'backup_unknown_format' });
  });

  it('refuses a truncated or altered file and writes nothing', async () => {
    const truncated = backup.subarray(0, Math.floor(backup.length * 0.8));
    await expect(restoreBackup(target, Readable.from([truncated]))).rejects.toMatchObject({ code: 'backup_damaged' });
    expect(await userDataCount(target.db)).toBe(0);

    const lines = linesOf(backup);
    const row = lines.findIndex((line) => line.includes('Zoë Ünal-Restore'));
    const altered = [...lines];
    altered[row] = altered[row].replace('Zoë', 'Zoe');
    await expect(restoreBackup(target, Readable.from([gzipLines(altered)]))).rejects.toMatchObject({
      code: 'backup_damaged',
      message: expect.stringContaining('checksum'),
    });
    expect(await userDataCount(target.db)).toBe(0);

    const withoutEnd = lines.slice(0, -1);
    await expect(restoreBackup(target, Readable.from([gzipLines(withoutEnd)]))).rejects.toMatchObject({
      code: 'backup_damaged',
      message: expect.stringContaining('ends before its last line'),
    });
    expect(await userDataCount(target.db)).toBe(0);
  });

  it('restores an instance that is the same: export, users, documents, audit, search counts', async () => {
    const progress: number[] = [];
    const summary = await restoreBackup(target, Readable.from([backup]), { onProgress: (p) => void progress.push(p.done) });
    const header = JSON.parse(linesOf(backup)[0]);
    expect(summary.rows).toBe(header.tables.reduce((sum: number, x: { rows: number }) => sum + x.rows, 0));
    expect(progress.at(-1)).toBe(summary.rows);
    expect(summary.upgradedWith).toEqual([]);

    expect(await exportText(target.db, t.config)).toBe(await exportText(t.database.db, t.config));
    for (const table of header.tables as { name: string; rows: number }[]) {
      const [{ n }] = await rows<{ n: number }>(target.db, sql.raw(`SELECT count(*)::int AS n FROM "${table.name}"`));
      expect(Number(n), table.name).toBe(table.rows);
    }
    expect(await tableDump(target.db, 'SELECT * FROM audit_events ORDER BY id')).toEqual(
      await tableDump(t.database.db, 'SELECT * FROM audit_events ORDER BY id'),
    );
    // Texts per language and the original language (migration 0020) come back as they were.
    for (const query of [
      'SELECT id, title, summary, original_lang FROM agreements ORDER BY id',
      'SELECT id, office FROM agreement_parties ORDER BY id',
      'SELECT id, title, description, original_lang FROM timeline_events ORDER BY id',
    ]) {
      const restored = await tableDump(target.db, query);
      expect(restored.join('\n')).toMatch(/"lang": ?"ro"/);
      expect(restored).toEqual(await tableDump(t.database.db, query));
    }
    // The triggers were off while loading: the facet counts are the source's, not doubled.
    expect(await facetCounts(target.db)).toEqual(await facetCounts(t.database.db));
    const [{ indexed }] = await rows<{ indexed: number }>(target.db, sql`SELECT count(*)::int AS indexed FROM search_documents WHERE visibility = 'public'`);
    const total = (await facetCounts(target.db))
      .map((r) => JSON.parse(r))
      .filter((r) => r.dim === 'total')
      .reduce((sum, r) => sum + r.n, 0);
    expect(total).toBe(Number(indexed));
    // The audit sequence continues after the restored rows.
    const [{ next, max }] = await rows<{ next: string; max: string }>(
      target.db,
      sql`SELECT nextval('audit_events_id_seq')::text AS next, (SELECT max(id) FROM audit_events)::text AS max`,
    );
    expect(BigInt(next)).toBeGreaterThan(BigInt(max));

    // Over HTTP on the restored database: the user signs in and the document is byte-identical.
    const app = await buildApp({ database: target, config: t.config, serveWeb: false, logger: false });
    try {
      await app.ready();
      const client = new TestClient(app, '10.0.9.1');
      const signIn = await client.post('/api/auth/sign-in', { email, password: TEST_PASSWORD });
      expect(signIn.status).toBe(200);
      const wrong = await client.post('/api/auth/sign-in', { email, password: 'not-the-password' });
      expect(wrong.status).toBe(401);
      const download = await app.inject({ method: 'GET', url: `/api/documents/${documentId}/download` });
      expect(download.statusCode).toBe(200);
      expect(Buffer.compare(download.rawPayload, documentBytes)).toBe(0);
    } finally {
      await app.close();
    }
  });

  it('refuses a target that holds data, and changes nothing in it', async () => {
    const before = await userDataCount(t.database.db);
    await expect(restoreBackup(t.database, Readable.from([backup]))).rejects.toMatchObject({
      code: 'backup_target_not_empty',
      message: expect.stringContaining('not empty'),
    });
    expect(await userDataCount(t.database.db)).toBe(before);
  });

  it('restores a backup of an older schema and then applies the newer migrations', async () => {
    const known = listMigrations();
    const older = known.slice(0, known.length - 2);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pontis-older-schema-'));
    const old = await createEmptyTestDatabase();
    try {
      for (const m of older) fs.writeFileSync(path.join(dir, m.name), m.sql);
      await migrate(old, dir);
      await old.db.execute(sql`INSERT INTO cities (key, name, name_normalized, country) VALUES ('sibiu', 'Sibiu', 'sibiu', 'RO')`);
      const { file } = await backupToBuffer(old);
      expect(JSON.parse(linesOf(file)[0]).migrations).toHaveLength(older.length);
      await old.close();
      const fresh = await createEmptyTestDatabase();
      try {
        const summary = await restoreBackup(fresh, Readable.from([file]));
        expect(summary.upgradedWith).toEqual(known.slice(older.length).map((m) => m.name));
        const [{ n }] = await rows<{ n: number }>(fresh.db, sql`SELECT count(*)::int AS n FROM cities WHERE key = 'sibiu'`);
        expect(Number(n)).toBe(1);
        const [{ applied }] = await rows<{ applied: number }>(fresh.db, sql`SELECT count(*)::int AS applied FROM schema_migrations`);
        expect(Number(applied)).toBe(known.length);
      } finally {
        await fresh.close();
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
      await old.close().catch(() => {});
    }
  });

  // PGlite has one connection: nobody can write during the backup's transaction there.
  it.runIf(testEngine === 'postgres')('takes one snapshot while others write', async () => {
    const [{ n: citiesBefore }] = await rows<{ n: number }>(t.database.db, sql`SELECT count(*)::int AS n FROM cities`);
    let written: { cityId: string; organisationId: string } | undefined;
    const { file } = await backupToBuffer(t.database, async () => {
      if (written) return;
      // Another connection commits a city and an organisation in it while the backup runs.
      const city = await seedCity(t.database.db, { name: 'Written During Backup' });
      const organisation = await seedOrganisation(t.database.db, { cityId: city.id });
      written = { cityId: city.id, organisationId: organisation.id };
    });
    expect(written).toBeDefined();
    const text = zlib.gunzipSync(file).toString('utf8');
    expect(text).not.toContain(written!.cityId);
    expect(text).not.toContain(written!.organisationId);
    let cities = 0;
    for await (const event of readBackup(Readable.from([file]))) if (event.kind === 'rows' && event.table === 'cities') cities += event.lines.length;
    expect(cities).toBe(Number(citiesBefore));
  });

  // One SQL dialect, two engines: a city moving from a PostgreSQL server to the embedded engine
  // (or back) restores its backup there. Run in the PostgreSQL suite, which can open both.
  it.runIf(testEngine === 'postgres')('restores a PostgreSQL backup on the embedded engine, the same', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pontis-cross-restore-'));
    const embedded = await openDatabase({ kind: 'pglite', dataDir: dir, purpose: 'cross-engine restore test' });
    try {
      // Taken now: the test above wrote to the source after the shared backup.
      const { file } = await backupToBuffer(t.database);
      await restoreBackup(embedded, Readable.from([file]));
      expect(await exportText(embedded.db, t.config)).toBe(await exportText(t.database.db, t.config));
      expect(await tableDump(embedded.db, 'SELECT * FROM audit_events ORDER BY id')).toEqual(
        await tableDump(t.database.db, 'SELECT * FROM audit_events ORDER BY id'),
      );
      const [stored] = await rows<{ hex: string }>(embedded.db, sql`SELECT encode(content, 'hex') AS hex FROM agreement_documents WHERE id = ${documentId}`);
      expect(Buffer.from(stored.hex, 'hex').equals(documentBytes)).toBe(true);
    } finally {
      await embedded.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
