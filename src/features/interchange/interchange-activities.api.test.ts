import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database.ts';
import { systemActor } from '../../shared/actor.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { createTestDatabase } from '../../testing/test-database.ts';
import { seedCity } from '../../testing/factories.ts';
import { actionProgrammes, measureIndicators, programmeMeasures } from '../action-programmes/action-programmes.table.ts';
import { activities, activityAttendance, activityEncounters, activityParticipants } from '../activities/activities.table.ts';
import { cities } from '../cities/cities.table.ts';
import { syncThemes } from '../themes/themes.service.ts';
import { exportInterchange } from './export-interchange.ts';
import { importInterchange } from './import-interchange.ts';
import { validateInterchange } from './validate-interchange.ts';

let t: TestApp;
let admin: Awaited<ReturnType<TestApp['signedIn']>>;

/** The partnership, two organisations, a programme with two measures and a past delegation visit. */
function sampleDocument() {
  return {
    format: 'pontis-interchange/1',
    cities: [
      { key: 'dortmund', name: 'Dortmund', country: 'DE' },
      { key: 'cluj-napoca', name: 'Cluj-Napoca', country: 'RO' },
    ],
    partnerships: [{ key: 'dortmund-cluj-napoca', cities: ['dortmund', 'cluj-napoca'], kind: 'project-partnership', themes: ['digitalisation-smart-city'] }],
    organisations: [
      { key: 'tu-dortmund', name: 'Technische Universität Dortmund', kind: 'university', city: 'dortmund' },
      { key: 'ubb', name: 'Universitatea Babeș-Bolyai', kind: 'university', city: 'cluj-napoca' },
    ],
    programmes: [
      {
        key: 'joint-programme-2021-2024',
        partnership: 'dortmund-cluj-napoca',
        title: [
          { lang: 'en', text: 'Joint action programme 2021–2024' },
          { lang: 'de', text: 'Gemeinsames Aktionsprogramm 2021–2024' },
        ],
        originalLang: 'en',
        startsOn: '2021-01-01',
        endsOn: '2024-12-31',
        fields: [
          {
            theme: 'digitalisation-smart-city',
            goals: [
              {
                title: [{ lang: 'en', text: 'Share open urban data' }],
                measures: [
                  {
                    key: 'open-data-portal',
                    title: [{ lang: 'en', text: 'Open data portals compared' }],
                    startsOn: '2021-03-01',
                    endsOn: '2022-06-30',
                    budget: 12500.5,
                    status: 'done',
                    progress: 100,
                    sdgTargets: ['11.3', '17.17'],
                    responsibles: [
                      { city: 'dortmund', organisation: 'tu-dortmund' },
                      { city: 'cluj-napoca', office: 'Direcția Relații Internaționale' },
                    ],
                    indicators: [{ name: [{ lang: 'en', text: 'Data sets published' }], unit: 'data sets', baseline: 0, target: 40, achieved: 46.5 }],
                  },
                  { key: 'smart-city-workshop', title: [{ lang: 'en', text: 'Smart-city workshop' }] },
                ],
              },
            ],
          },
        ],
      },
    ],
    activities: [
      {
        key: 'delegation-visit-2022',
        partnership: 'dortmund-cluj-napoca',
        kind: 'delegation-visit',
        title: [
          { lang: 'de', text: 'Delegationsreise nach Cluj-Napoca' },
          { lang: 'ro', text: 'Vizita delegației din Dortmund' },
        ],
        originalLang: 'de',
        hostCity: 'cluj-napoca',
        timeZone: 'Europe/Bucharest',
        startsAt: '2022-09-20T09:00',
        endsAt: '2022-09-21T17:00',
        venue: 'Cluj Innovation Park',
        languages: ['de', 'ro', 'en'],
        themes: ['digitalisation-smart-city'],
        organisers: ['ubb', 'tu-dortmund'],
        agenda: [{ startsAt: '2022-09-20T09:30', endsAt: '2022-09-20T12:00', title: [{ lang: 'en', text: 'Smart-city workshop' }], speakers: 'Ana Pop' }],
        measure: { programme: 'joint-programme-2021-2024', measure: 'smart-city-workshop' },
        registration: { open: false, capacity: 60 },
        outcomes: [{ lang: 'en', text: 'Two pilot ideas.' }],
        participants: [
          {
            name: 'Jana Becker',
            email: 'jana.becker@example.org',
            organisation: 'tu-dortmund',
            city: 'dortmund',
            country: 'DE',
            role: 'delegate',
            language: 'de',
            attendedDays: ['2022-09-21', '2022-09-20'],
          },
          { name: 'Ana Pop', organisation: 'ubb', city: 'cluj-napoca', country: 'RO', role: 'speaker', language: 'ro', attendedDays: ['2022-09-20'] },
          { name: 'Lukas Horváth', organisationName: 'Start-up Kft.', organisationKind: 'startup', cityName: 'Budapest', country: 'HU' },
          { name: 'Maria Ionescu', email: 'maria.ionescu@example.org', country: 'MD', status: 'waiting' },
        ],
        encounters: [['ubb', 'tu-dortmund']],
      },
    ],
  };
}

const rows = async (db = t.database.db) => ({
  activities: (await db.select({ n: count() }).from(activities))[0]!.n,
  participants: (await db.select({ n: count() }).from(activityParticipants))[0]!.n,
  attendance: (await db.select({ n: count() }).from(activityAttendance))[0]!.n,
  encounters: (await db.select({ n: count() }).from(activityEncounters))[0]!.n,
  programmes: (await db.select({ n: count() }).from(actionProgrammes))[0]!.n,
  measures: (await db.select({ n: count() }).from(programmeMeasures))[0]!.n,
  cities: (await db.select({ n: count() }).from(cities))[0]!.n,
  versions: (await db.select({ v: activities.version }).from(activities)).map((r) => r.v),
});

beforeAll(async () => {
  t = await createTestApp();
  await syncThemes(t.database.db);
  admin = await t.signedIn({ role: 'admin' });
});

describe('activities and programmes in the interchange file', () => {
  it('names every failing path of the new sections and imports nothing', async () => {
    const before = await rows();
    const document = sampleDocument();
    const activity = document.activities[0]! as Record<string, unknown> & (typeof document.activities)[number];
    activity.participants[1]!.country = 'ro';
    (activity.participants[2] as Record<string, unknown>).gender = 'male';
    activity.organisers = ['ubb', 'no-such-organisation'];
    activity.endsAt = '2022-09-19T17:00';
    (document.programmes[0]!.fields[0]!.goals[0]!.measures[1] as Record<string, unknown>).status = 'late';
    const res = await admin.post('/api/interchange/import', document);
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('invalid_document');
    const byPath = Object.fromEntries((res.body.fields as { path: string; rule: string }[]).map((f) => [f.path, f.rule]));
    expect(byPath).toEqual({
      '$.activities[0].participants[1].country': 'invalid_format',
      '$.activities[0].participants[2].gender': 'unknown_field',
      '$.activities[0].endsAt': 'invalid',
      '$.programmes[0].fields[0].goals[0].measures[1].status': 'invalid_enum',
    });
    expect(await rows()).toEqual(before);

    // With the entries well-formed, references are checked: a wrong one stops everything.
    const second = sampleDocument();
    second.activities[0]!.organisers = ['ubb', 'no-such-organisation'];
    second.activities[0]!.measure = { programme: 'joint-programme-2021-2024', measure: 'no-such-measure' };
    const refused = await admin.post('/api/interchange/import', second);
    expect(refused.status).toBe(400);
    expect((refused.body.fields as { path: string }[]).map((f) => f.path).sort()).toEqual(['$.activities[0].measure.measure', '$.activities[0].organisers[1]']);
    expect(await rows()).toEqual(before);

    // Duplicates inside an activity or a programme are named too.
    const third = sampleDocument();
    const people = third.activities[0]!.participants as Record<string, unknown>[];
    people.push({ ...people[0], email: 'Jana.Becker@example.org' });
    const measures = third.programmes[0]!.fields[0]!.goals[0]!.measures as Record<string, unknown>[];
    measures.push({ ...measures[1], title: [{ lang: 'en', text: 'Again' }] });
    const twice = await admin.post('/api/interchange/import', third);
    expect(twice.status).toBe(400);
    expect(twice.body.fields).toEqual([
      { path: '$.activities[0].participants[4].email', rule: 'duplicate', message: 'the same person as participants[0]' },
      { path: '$.programmes[0].fields[0].goals[0].measures[2].key', rule: 'duplicate', message: expect.stringContaining('measures[1]') },
    ]);
    expect(await rows()).toEqual(before);
  });

  it('imports a valid file: programme, activity at local times in its zone, participants, attendance, encounters', async () => {
    const res = await admin.post('/api/interchange/import', sampleDocument());
    expect(res.status).toBe(200);
    expect(res.body.created).toMatchObject({ programmes: 1, activities: 1, organisations: 2 });
    const [stored] = await t.database.db.select().from(activities).where(eq(activities.key, 'delegation-visit-2022'));
    expect(stored!.startsAt.toISOString()).toBe('2022-09-20T06:00:00.000Z');
    expect(stored!.measureId).not.toBeNull();
    const people = await t.database.db.select().from(activityParticipants).where(eq(activityParticipants.activityId, stored!.id));
    expect(people.map((p) => [p.displayName, p.source, p.status, p.gender]).sort()).toEqual([
      ['Ana Pop', 'import', 'registered', null],
      ['Jana Becker', 'import', 'registered', null],
      ['Lukas Horváth', 'import', 'registered', null],
      ['Maria Ionescu', 'import', 'waiting', null],
    ]);
    expect(await rows()).toMatchObject({ attendance: 3, encounters: 1, measures: 2 });
    const [indicator] = await t.database.db.select().from(measureIndicators);
    expect(Number(indicator!.achieved)).toBe(46.5);
  });

  it("carries participants only in the exports of the activity's organisers", async () => {
    const [dortmund] = await t.database.db.select().from(cities).where(eq(cities.key, 'dortmund'));
    const lyon = await seedCity(t.database.db, { key: 'lyon-export', name: 'Lyon', country: 'FR' });
    const organiser = await t.signedIn({ role: 'coordinator', cityId: dortmund!.id });
    const outsider = await t.signedIn({ role: 'coordinator', cityId: lyon.id });
    const visitIn = (body: { activities?: { key: string; participants?: unknown[] }[] }) => body.activities?.find((a) => a.key === 'delegation-visit-2022');
    const own = await organiser.get('/api/interchange/export');
    expect(own.status).toBe(200);
    expect(visitIn(own.body)?.participants).toHaveLength(4);
    const other = await outsider.get('/api/interchange/export');
    expect(other.status).toBe(200);
    expect(visitIn(other.body)).toBeDefined();
    expect(visitIn(other.body)?.participants).toBeUndefined();
    expect(JSON.stringify(other.body)).not.toContain('maria.ionescu@example.org');
  });

  it('a second import of the same file changes nothing; a changed file updates in place without duplicates', async () => {
    const before = await rows();
    const again = await admin.post('/api/interchange/import', sampleDocument());
    expect(again.status).toBe(200);
    expect(again.body.unchanged).toMatchObject({ programmes: 1, activities: 1 });
    expect(await rows()).toEqual(before);

    const changed = sampleDocument();
    changed.activities[0]!.venue = 'UTCN';
    const dry = await admin.post('/api/interchange/import?dryRun=true', changed);
    expect(dry.body).toMatchObject({ dryRun: true, updated: { activities: 1, programmes: 0 }, unchanged: { activities: 0, programmes: 1 } });
    expect(await rows()).toEqual(before);

    const people = changed.activities[0]!.participants;
    people[3]!.status = 'registered'; // matched by e-mail
    people[1]!.attendedDays = ['2022-09-20', '2022-09-21']; // matched by name and organisation
    people.push({ name: 'Ion Rusu', city: 'cluj-napoca', country: 'RO' } as (typeof people)[number]);
    changed.programmes[0]!.fields[0]!.goals[0]!.measures[1]!.title = [{ lang: 'en', text: 'Smart-city workshop in Cluj' }];
    const res = await admin.post('/api/interchange/import', changed);
    expect(res.status).toBe(200);
    expect(res.body.updated).toMatchObject({ programmes: 1, activities: 1 });
    const after = await rows();
    expect(after).toMatchObject({ participants: before.participants + 1, attendance: before.attendance + 1, measures: 2, versions: [2] });
    const waiting = await t.database.db.select().from(activityParticipants).where(eq(activityParticipants.status, 'waiting'));
    expect(waiting).toEqual([]);
    // The activity still names its measure: the measure was updated in place, not replaced.
    const [stored] = await t.database.db.select().from(activities);
    const [measure] = await t.database.db.select().from(programmeMeasures).where(eq(programmeMeasures.key, 'smart-city-workshop'));
    expect(stored!.measureId).toBe(measure!.id);
  });

  describe('round trip into a second database', () => {
    let second: Database;
    afterAll(async () => second?.close());

    it('export -> import into an empty database -> export gives the same document', async () => {
      const res = await admin.get('/api/interchange/export');
      expect(res.status).toBe(200);
      const document = JSON.parse(res.text);
      expect(validateInterchange(document)).toEqual([]);
      expect(document.activities.map((a: { key: string }) => a.key)).toEqual(['delegation-visit-2022']);
      expect(document.activities[0].participants).toHaveLength(5);
      expect(document.activities[0].participants[0]).not.toHaveProperty('gender');
      expect(document.programmes[0].fields[0].goals[0].measures[0].budget).toBe(12500.5);

      second = await createTestDatabase();
      await syncThemes(second.db);
      const ctx = { db: second.db, actor: systemActor('test'), config: t.config };
      const summary = await importInterchange(ctx, document);
      expect(summary.created).toMatchObject({ programmes: 1, activities: 1 });
      expect(await exportInterchange(ctx)).toEqual(document);
    });
  });
});
