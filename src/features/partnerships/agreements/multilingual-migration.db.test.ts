import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../db/database.ts';
import { listMigrations, migrate } from '../../../db/migrate.ts';
import { systemActor } from '../../../shared/actor.ts';
import type { ServiceContext } from '../../../shared/context.ts';
import { createEmptyTestDatabase } from '../../backup/empty-test-database.ts';
import { rows } from '../../backup/schema-catalogue.ts';
import { getPartnership } from '../partnership-detail.ts';
import { createTestApp, type TestApp } from '../../../testing/test-app.ts';

// Migration 0020 on rows written before it: one text each, no language stored.
let t: TestApp;
let database: Database;
let dir: string;

beforeAll(async () => {
  t = await createTestApp();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pontis-before-0020-'));
  for (const m of listMigrations().filter((m) => m.name < '0020')) fs.writeFileSync(path.join(dir, m.name), m.sql);
  database = await createEmptyTestDatabase();
  await migrate(database, dir);
  await database.db.execute(sql`INSERT INTO partnerships (key, name, kind, status) VALUES ('old', 'Old', 'twinning', 'active')`);
  await database.db.execute(sql`
    INSERT INTO agreements (partnership_id, kind, title, summary)
    SELECT id, 'memorandum', 'Absichtserklärung', 'Die Städte wollen bei der Digitalisierung und der Förderung von Start-ups zusammenarbeiten.' FROM partnerships`);
  await database.db.execute(sql`
    INSERT INTO agreement_parties (agreement_id, role, person_name, office, position)
    SELECT id, 'signatory', 'Emil Boc', 'Bürgermeister', 0 FROM agreements`);
  await database.db.execute(sql`
    INSERT INTO timeline_events (partnership_id, occurred_on, kind, title, description)
    SELECT id, '2020-07-31', 'meeting', 'Kick-off', NULL FROM partnerships`);
  await migrate(database);
}, 240_000);
afterAll(async () => {
  await database?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('migration 0020: texts per language', { timeout: 240_000 }, () => {
  it('keeps each existing text as the original, without a language it cannot know', async () => {
    const [agreement] = await rows(database.db, sql`SELECT title, summary, original_lang FROM agreements`);
    expect(agreement).toEqual({
      title: [{ text: 'Absichtserklärung' }],
      summary: [{ text: 'Die Städte wollen bei der Digitalisierung und der Förderung von Start-ups zusammenarbeiten.' }],
      original_lang: null,
    });
    const [event] = await rows(database.db, sql`SELECT title, description FROM timeline_events`);
    expect(event).toEqual({ title: [{ text: 'Kick-off' }], description: [] });
  });

  it("reads them in the language estimated from all of a record's texts, English when too short to tell", async () => {
    const ctx: ServiceContext = { db: database.db, actor: systemActor('test'), config: t.config };
    const detail = await getPartnership(ctx, 'old');
    expect(detail.agreements[0]).toMatchObject({
      originalLang: 'de',
      title: { de: 'Absichtserklärung' },
      summary: { de: expect.stringContaining('Digitalisierung') },
      signatories: [{ personName: 'Emil Boc', office: { de: 'Bürgermeister' } }],
    });
    expect(detail.timeline[0]).toMatchObject({ originalLang: 'en', title: { en: 'Kick-off' }, description: {} });
  });
});
