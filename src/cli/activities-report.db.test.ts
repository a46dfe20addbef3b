import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.ts';
import { openDatabaseFromConfig } from '../db/open-from-config.ts';
import { participantsFrom, seedReportActivity } from '../features/activities/participation-report-test-world.ts';
import { partnershipCities, partnerships } from '../features/partnerships/partnerships.table.ts';
import { createCliEnvironment, runCli } from '../testing/cli-environment.ts';
import { seedCity } from '../testing/factories.ts';

// `pontis activities report KEY` as an operator runs it: a separate process on a database of the
// engine under test, with an activity of 53 direct participants written beforehand.

let env: Awaited<ReturnType<typeof createCliEnvironment>>;

beforeAll(async () => {
  env = await createCliEnvironment();
  const migrated = await runCli(['migrate'], env.env);
  expect(migrated.code, migrated.stderr).toBe(0);
  // The CLI holds the data directory only while it runs: write the world in between.
  const config = loadConfig({ ...process.env, PONTIS_LOG_LEVEL: 'silent', DATABASE_URL: '', ...env.env });
  const database = await openDatabaseFromConfig(config, 'activities report test');
  try {
    const db = database.db;
    const dortmund = await seedCity(db, { key: 'dortmund', name: 'Dortmund', country: 'DE' });
    const cluj = await seedCity(db, { key: 'cluj-napoca', name: 'Cluj-Napoca', country: 'RO' });
    const [partnership] = await db
      .insert(partnerships)
      .values({ key: 'dortmund-cluj', name: 'Dortmund – Cluj-Napoca', kind: 'project-partnership', status: 'active' })
      .returning();
    await db.insert(partnershipCities).values([
      { partnershipId: partnership!.id, cityId: dortmund.id, position: 0 },
      { partnershipId: partnership!.id, cityId: cluj.id, position: 1 },
    ]);
    await seedReportActivity(db, {
      partnershipId: partnership!.id,
      hostCityId: dortmund.id,
      key: 'smart-city-visit-2027',
      participants: [
        ...participantsFrom(25, 'DE', 'Gast', { cityId: dortmund.id }),
        ...participantsFrom(25, 'RO', 'Oaspete', { cityId: cluj.id, gender: 'female' }),
        ...participantsFrom(3, 'CH', 'Gast aus Zürich'),
        ...participantsFrom(4, 'RO', 'Waiting', { status: 'waiting' }),
      ],
    });
    await seedReportActivity(db, {
      partnershipId: partnership!.id,
      hostCityId: dortmund.id,
      key: 'small-workshop-2027',
      participants: [...participantsFrom(30, 'DE', 'Gast'), ...participantsFrom(19, 'RO', 'Oaspete')],
    });
  } finally {
    await database.close();
  }
});
afterAll(() => env.cleanup());

describe('pontis activities report', () => {
  it('prints the report as JSON with the CERV rules', async () => {
    const res = await runCli(['activities', 'report', 'smart-city-visit-2027', '--json'], env.env);
    expect(res.code, res.stderr).toBe(0);
    const report = JSON.parse(res.stdout);
    expect(report).toMatchObject({ participants: 53, byCountry: { DE: 25, RO: 25, CH: 3 }, invitedInternational: 25, hostCountry: 'DE' });
    expect(report.rules[0]).toEqual({ rule: 'cerv-town-twinning', met: true, missing: [] });
    const small = JSON.parse((await runCli(['activities', 'report', 'small-workshop-2027', '--json'], env.env)).stdout);
    expect(small.rules[0]).toEqual({
      rule: 'cerv-town-twinning',
      met: false,
      missing: [
        { requirement: 'direct-participants', required: 50, actual: 49 },
        { requirement: 'invited-international-participants', required: 25, actual: 19 },
      ],
    });
  });

  it('prints a readable table without --json, and refuses an unknown key on stderr', async () => {
    const table = await runCli(['activities', 'report', 'small-workshop-2027'], env.env);
    expect(table.code, table.stderr).toBe(0);
    expect(table.stdout).toContain('Direct participants: 49');
    expect(table.stdout).toMatch(/^ {2}DE\s+30$/m);
    expect(table.stdout).toMatch(/cerv-town-twinning\s+not met: direct-participants 49 of 50; invited-international-participants 19 of 25/);
    const unknown = await runCli(['activities', 'report', 'no-such-activity', '--json'], env.env);
    expect(unknown.code).not.toBe(0);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr).toContain('No activity has the key "no-such-activity"');
  });
});
