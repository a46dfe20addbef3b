import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCliEnvironment, runCli } from '../../testing/cli-environment.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { seedDemo } from '../demo/seed-demo.ts';
import { people } from '../people/people.table.ts';
import { searchDocuments } from './search.table.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});

describe('search index upkeep', () => {
  it('indexes the demo people when the demo is loaded into a database with an index', async () => {
    const summary = await seedDemo(t.ctx());
    expect(summary.people).toBeGreaterThan(0);
    const [{ n: peopleCount }] = await t.database.db.select({ n: sql<number>`count(*)::int` }).from(people);
    const [{ n: personRows }] = await t.database.db
      .select({ n: sql<number>`count(*)::int` })
      .from(searchDocuments)
      .where(sql`${searchDocuments.entityType} = 'person'`);
    expect(Number(personRows)).toBe(Number(peopleCount));
  });
});

describe('pontis search reindex', () => {
  let env: Awaited<ReturnType<typeof createCliEnvironment>>;
  beforeAll(async () => {
    env = await createCliEnvironment();
  });
  afterAll(() => env.cleanup());

  it('rebuilds the index, reports what it indexed on stdout and its progress on stderr', async () => {
    const seeded = await runCli(['seed', 'demo'], env.env);
    expect(seeded.code, seeded.stderr).toBe(0);
    const { import: imported, people: added } = JSON.parse(seeded.stdout) as { import: { created: { organisations: number } }; people: number };
    const res = await runCli(['search', 'reindex'], env.env);
    expect(res.code, res.stderr).toBe(0);
    expect(res.stdout.trim()).toBe(`Indexed ${imported.created.organisations} organisations and ${added} people.`);
    expect(res.stderr).toContain('Indexing organisations 100%');
    // Two command-line processes, each opening the embedded database: 11 s on a quiet 2-core
    // machine, more than 30 s on a loaded one.
  }, 90_000);
});
