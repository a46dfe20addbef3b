import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import { openDatabase, type Database } from '../../db/database.ts';
import { dropDatabase } from '../../testing/test-database.ts';
import { databaseUrl, testEngine, testServerUrl } from '../../testing/test-engine.ts';

/**
 * For tests: a new, unmigrated database on the engine under test, as an operator's restore target
 * would be (a new data directory; a database just made with CREATE DATABASE). Its name starts
 * like the run's test databases, so the run's clean-up drops it even if a test fails.
 */
export async function createEmptyTestDatabase(): Promise<Database> {
  if (testEngine === 'pglite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pontis-restore-'));
    const database = await openDatabase({ kind: 'pglite', dataDir: dir, purpose: 'restore test' });
    return {
      ...database,
      async close() {
        await database.close();
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const name = `${inject('postgresTemplate').replace('pontis_tpl_', 'pontis_t_')}_r${crypto.randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: testServerUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const database = await openDatabase({ kind: 'postgres', url: databaseUrl(name), poolSize: 3 });
  return {
    ...database,
    async close() {
      await database.close();
      await dropDatabase(name);
    },
  };
}
