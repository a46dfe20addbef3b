import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openDatabase } from '../db/database.ts';
import { migrate } from '../db/migrate.ts';
import { syncTaxonomy } from '../features/taxonomy/taxonomy.service.ts';
import { syncThemes } from '../features/themes/themes.service.ts';
import { databaseUrl, testEngine, testServerUrl } from './test-engine.ts';

/**
 * Migrates one template database per run and loads the theme list, as server start-up does; every test file then gets its own copy of it
 * (a PGlite data-directory tarball, or CREATE DATABASE ... TEMPLATE on PostgreSQL).
 */
export default async function setup({ provide }: { provide: (key: string, value: string) => void }) {
  const runId = crypto.randomBytes(4).toString('hex');
  if (testEngine === 'pglite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pontis-template-'));
    const database = await openDatabase({ kind: 'pglite', dataDir: dir, purpose: 'test template' });
    await migrate(database);
    await syncThemes(database.db);
    await syncTaxonomy(database.db);
    const tarball = Buffer.from(await (await database.dumpDataDir!()).arrayBuffer());
    await database.close();
    const file = path.join(dir, 'template.tar');
    fs.writeFileSync(file, tarball);
    provide('pgliteTemplate', file);
    return () => fs.rmSync(dir, { recursive: true, force: true });
  }
  const admin = new pg.Client({ connectionString: testServerUrl });
  await admin.connect();
  const template = `pontis_tpl_${runId}`;
  await admin.query(`CREATE DATABASE ${template}`);
  const database = await openDatabase({ kind: 'postgres', url: databaseUrl(template), poolSize: 1 });
  await migrate(database);
  await syncThemes(database.db);
  await syncTaxonomy(database.db);
  await database.close();
  provide('postgresTemplate', template);
  return async () => {
    // Drop the template and every database cloned from it in this run.
    const { rows } = await admin.query(`SELECT datname FROM pg_database WHERE datname LIKE 'pontis_t_${runId}%' OR datname = $1`, [template]);
    for (const r of rows) await admin.query(`DROP DATABASE IF EXISTS ${r.datname} WITH (FORCE)`);
    await admin.end();
  };
}
