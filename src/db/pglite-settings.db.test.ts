import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Database } from './database.ts';
import { pgliteProfiles } from './pglite-settings.ts';
import { createTestDatabase } from '../testing/test-database.ts';
import { testEngine } from '../testing/test-engine.ts';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

it.runIf(testEngine === 'pglite')('opens the embedded engine with the small memory settings, and keeps initdb’s text search default', async () => {
  const show = async (name: string) => {
    const result = (await database.db.execute(sql.raw(`SHOW ${name}`))) as unknown as { rows: Record<string, string>[] };
    return result.rows[0][name];
  };
  for (const [name, value] of Object.entries(pgliteProfiles.small.settings)) expect(await show(name), name).toBe(value);
  // The settings are start parameters: postgresql.conf, and what initdb wrote there, stay.
  expect(await show('default_text_search_config')).toBe('pg_catalog.english');
});
