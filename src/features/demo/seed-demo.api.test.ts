import { and, count, eq, like, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { agreementParties, agreements } from '../partnerships/agreements/agreements.table.ts';
import { auditEvents } from '../audit/audit.table.ts';
import { exportInterchange } from '../interchange/export-interchange.ts';
import { importInterchange } from '../interchange/import-interchange.ts';
import { validateInterchange } from '../interchange/validate-interchange.ts';
import { partnerships, timelineEvents } from '../partnerships/partnerships.table.ts';
import { people } from '../people/people.table.ts';
import { cities } from '../cities/cities.table.ts';
import { introductions } from '../introductions/introductions.table.ts';
import { activityEncounters } from '../activities/activities.table.ts';
import { mailOutbox } from '../mail/mail.table.ts';
import { users } from '../users/users.table.ts';
import { fundingCalls } from '../calls/calls.table.ts';
import { organisations } from '../organisations/organisations.table.ts';
import { DEMO_PROJECT_CALL, DEMO_PROJECT_TITLE } from '../projects/seed-demo-project.ts';
import { projectPartners, projects } from '../projects/projects.table.ts';
import demoDocument from './demo-partnership.json' with { type: 'json' };
import { demoAccounts } from './demo-accounts.ts';
import { isDatabaseEmpty, seedDemo, type DemoSeedSummary } from './seed-demo.ts';
import { demoLifeDocument } from './demo-activities.ts';

let t: TestApp;
let seeded: DemoSeedSummary;
// A second installation of the demo, to compare what must differ (passwords) and what must not (days).
let other: TestApp;
let otherSeeding: Promise<DemoSeedSummary> | undefined;
const seedOther = () => (otherSeeding ??= seedDemo(other.ctx()));
beforeAll(async () => {
  t = await createTestApp();
  other = await createTestApp();
});

const auditCount = async () => (await t.database.db.select({ n: count() }).from(auditEvents))[0].n;

describe('demo partnership', () => {
  it('is a valid interchange document with about ten organisations per city', () => {
    expect(validateInterchange(demoDocument)).toEqual([]);
    const perCity = (city: string[]) => demoDocument.organisations.filter((o) => city.includes(o.city)).length;
    expect(perCity(['dortmund'])).toBeGreaterThanOrEqual(10);
    expect(perCity(['cluj-napoca', 'Kolozsvár'])).toBeGreaterThanOrEqual(10);
  });

  it('refuses to seed for anyone but an administrator', async () => {
    await expect(seedDemo(t.ctx({ kind: 'anonymous' }))).rejects.toMatchObject({ code: 'forbidden' });
    expect(await isDatabaseEmpty(t.database.db)).toBe(true);
  });

  it('loads the partnership with its agreement, timeline, offices and mayors', async () => {
    const summary = await seedDemo(t.ctx());
    seeded = summary;
    expect(summary).toMatchObject({ seeded: true, officesSet: 2, timelineEvents: 2, people: 2 });
    expect(summary.import?.created).toEqual({ cities: 2, partnerships: 1, organisations: demoDocument.organisations.length, programmes: 0, activities: 0 });
    expect(summary.life?.created).toMatchObject({ programmes: 1, activities: 4 });
    expect(await isDatabaseEmpty(t.database.db)).toBe(false);

    const cluj = await t.anonymous().get('/api/cities/cluj-napoca');
    expect(cluj.status).toBe(200);
    expect(cluj.body.office).toMatchObject({ name: 'Office for International Affairs and Foreign Investment', email: null, phone: null });
    expect(cluj.body.partnerships).toEqual([expect.objectContaining({ key: 'dortmund-cluj-napoca', status: 'active' })]);
    expect((await t.anonymous().get('/api/cities?q=Klausenburg')).body.items.map((c: { key: string }) => c.key)).toEqual(['cluj-napoca']);

    const [agreement] = await t.database.db.select().from(agreements).where(eq(agreements.id, summary.agreementId!));
    expect(agreement).toMatchObject({ kind: 'letter-of-intent', signedOn: '2020-07-31', mode: 'video-conference' });
    const parties = await t.database.db
      .select()
      .from(agreementParties)
      .where(eq(agreementParties.agreementId, agreement.id))
      .orderBy(agreementParties.position);
    expect(parties.map((p) => [p.role, p.personName])).toEqual([
      ['signatory', 'Ullrich Sierau'],
      ['signatory', 'Emil Boc'],
      ['facilitator', 'Kai Hennig'],
    ]);
    const events = await t.database.db
      .select()
      .from(timelineEvents)
      .where(eq(timelineEvents.partnershipId, agreement.partnershipId))
      .orderBy(timelineEvents.occurredOn);
    expect(events.map((e) => [e.occurredOn, e.kind])).toEqual([
      ['2019-08-01', 'delegation-visit'],
      ['2020-07-31', 'agreement-signed'],
    ]);
    // Issue 11: the Letter of Intent and the timeline in German (the original), Romanian and English.
    expect(agreement.originalLang).toBe('de');
    for (const texts of [agreement.title, agreement.summary, ...parties.map((p) => p.office), ...events.flatMap((e) => [e.title, e.description])]) {
      expect(texts.map((x) => x.lang)).toEqual(['de', 'ro', 'en']);
      expect(texts.every((x) => x.text.trim().length > 0)).toBe(true);
    }
    expect(agreement.title[0].text).toBe('Absichtserklärung über eine kommunale Projektpartnerschaft');
    expect(events.every((e) => e.originalLang === 'de')).toBe(true);
    const page = (await t.anonymous().get('/api/partnerships/dortmund-cluj-napoca')).body;
    expect(page.agreements[0]).toMatchObject({
      originalLang: 'de',
      title: {
        de: 'Absichtserklärung über eine kommunale Projektpartnerschaft',
        ro: expect.any(String),
        en: 'Letter of Intent on a municipal project partnership',
      },
    });
    expect(page.agreements[0].signatories[0].office).toEqual({
      de: 'Oberbürgermeister der Stadt Dortmund',
      ro: 'Primarul general al orașului Dortmund',
      en: 'Lord Mayor of Dortmund',
    });
    const mayors = await t.database.db.select().from(people);
    expect(mayors.map((p) => p.name).sort()).toEqual(['Emil Boc', 'Ullrich Sierau']);
    expect(mayors.every((p) => p.visibleToPublic && p.email === null && p.phone === null)).toBe(true);
    const audited = await t.database.db.select({ type: auditEvents.entityType }).from(auditEvents);
    expect(new Set(audited.map((a) => a.type))).toEqual(
      new Set([
        'city',
        'partnership',
        'organisation',
        'agreement',
        'timeline-event',
        'person',
        'project',
        'project-partner',
        'call_import',
        'user',
        'introduction',
        'programme',
        'activity',
      ]),
    );
    expect(validateInterchange(await exportInterchange(t.ctx()))).toEqual([]);
  });

  it('has a joint project idea in consortium building with a partner from each city', async () => {
    const [project] = await t.database.db.select().from(projects).where(eq(projects.title, DEMO_PROJECT_TITLE));
    expect(project).toMatchObject({ stage: 'consortium', acronym: 'HEATTWIN' });
    const consortium = await t.database.db
      .select({ key: organisations.key, role: projectPartners.role })
      .from(projectPartners)
      .innerJoin(organisations, eq(organisations.id, projectPartners.organisationId))
      .where(eq(projectPartners.projectId, project.id));
    expect(consortium.map((c) => [c.key, c.role]).sort()).toEqual([
      ['cluj-it-cluster', 'partner'],
      ['klimasensor-dortmund', 'coordinator'],
    ]);
    const [call] = await t.database.db.select({ id: fundingCalls.id }).from(fundingCalls).where(eq(fundingCalls.identifier, DEMO_PROJECT_CALL));
    // Linked to the cities-mission call when the demo calls were seeded before it.
    expect(project.callId).toBe(call?.id ?? null);
  });

  it('has demo accounts of every role in both cities, with passwords that sign in and are stored hashed', async () => {
    const rows = await t.database.db
      .select({ email: users.email, role: users.role, city: cities.key, organisation: organisations.key, passwordHash: users.passwordHash })
      .from(users)
      .leftJoin(cities, eq(cities.id, users.cityId))
      .leftJoin(organisations, eq(organisations.id, users.organisationId))
      .where(like(users.email, '%.demo.example.org'));
    for (const city of ['dortmund', 'cluj-napoca']) {
      for (const role of ['coordinator', 'org-editor', 'member']) {
        expect(
          rows.some((r) => r.city === city && r.role === role),
          `${role} of ${city}`,
        ).toBe(true);
      }
    }
    expect(rows.filter((r) => r.role !== 'coordinator').every((r) => r.organisation !== null)).toBe(true);
    expect(seeded.accounts.map((a) => a.email).sort()).toEqual(rows.map((r) => r.email).sort());
    for (const account of seeded.accounts) {
      expect(account.password).toMatch(/^[A-Za-z0-9]{5}(-[A-Za-z0-9]{5}){3}$/);
      const row = rows.find((r) => r.email === account.email)!;
      expect(row.passwordHash).toMatch(/^scrypt\$/);
      expect(row.passwordHash).not.toContain(account.password);
    }
    // Two seedings make two sets of passwords: none is fixed in the code.
    const again = await seedOther();
    expect(again.accounts.map((a) => a.password)).not.toEqual(seeded.accounts.map((a) => a.password));
    const editor = seeded.accounts.find((a) => a.email === demoAccounts.find((d) => d.handle === 'cluj-editor')!.email)!;
    const signIn = await t.anonymous().post('/api/auth/sign-in', { email: editor.email, password: editor.password });
    expect(signIn.status).toBe(200);
  });

  it('has introductions at every step of the ladder, dated in the past with their history', async () => {
    const rows = await t.database.db.select().from(introductions);
    const statuses = new Set(rows.map((r) => r.status));
    expect(statuses).toEqual(new Set(['pending', 'accepted', 'declined', 'withdrawn']));
    const stages = new Set(rows.filter((r) => r.status === 'accepted').map((r) => r.stage));
    expect(stages).toEqual(new Set(['introduced', 'met', 'collaborating', 'joint-project']));
    // Besides the requested introductions, who met whom at the demo's past activities (one new tie per pair).
    const encounters = await t.database.db.select({ introductionId: activityEncounters.introductionId }).from(activityEncounters);
    expect(encounters.every((e) => e.introductionId)).toBe(true);
    expect(rows.length).toBe(seeded.introductions + new Set(encounters.map((e) => e.introductionId)).size);
    const now = Date.now();
    for (const r of rows) {
      expect(r.createdAt.getTime()).toBeLessThan(now);
      expect(r.updatedAt.getTime()).toBeGreaterThanOrEqual(r.createdAt.getTime());
      if (r.status === 'accepted') {
        expect(r.introducedOn! <= (r.metOn ?? '9999') && (r.metOn ?? '0') <= (r.collaboratingOn ?? '9999')).toBe(true);
        expect(r.introducedOn! < new Date().toISOString().slice(0, 10)).toBe(true);
      }
      if (r.status === 'declined') expect(r.declinedReason).toBeTruthy();
    }
    // The joint project's two organisations are tied at the joint-project step.
    const orgKey = new Map((await t.database.db.select({ id: organisations.id, key: organisations.key }).from(organisations)).map((o) => [o.id, o.key]));
    const project = rows.find((r) => r.stage === 'joint-project')!;
    expect([orgKey.get(project.fromOrganisationId), orgKey.get(project.toOrganisationId)].sort()).toEqual(['cluj-it-cluster', 'klimasensor-dortmund']);
    // Each step is in the history, on its own day, in order.
    const history = await t.database.db
      .select({ at: auditEvents.at, action: auditEvents.action })
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, 'introduction'), eq(auditEvents.entityId, project.id)))
      .orderBy(auditEvents.id);
    expect(history.map((h) => h.action)).toEqual(['create', 'update', 'update', 'update', 'update']);
    expect(history.map((h) => h.at.getTime())).toEqual([...history.map((h) => h.at.getTime())].sort((a, b) => a - b));
    expect(new Set(history.map((h) => h.at.toISOString().slice(0, 10))).size).toBe(history.length);
    // Replayed history mails nobody.
    expect((await t.database.db.select({ n: count() }).from(mailOutbox))[0].n).toBe(0);
  });

  it('shows a network with ties and non-zero key figures to the partnership’s people', async () => {
    const [dortmund] = await t.database.db.select({ id: cities.id }).from(cities).where(eq(cities.key, 'dortmund'));
    const coordinator = await t.signedIn({ email: 'network-reader@example.org', role: 'coordinator', cityId: dortmund.id });
    const res = await coordinator.get('/api/partnerships/dortmund-cluj-napoca/network');
    expect(res.status).toBe(200);
    expect(res.body.tiesVisible).toBe(true);
    const { figures } = res.body;
    expect(figures.ties).toBeGreaterThanOrEqual(5);
    expect(figures.crossCityTies).toBe(figures.ties);
    expect(figures.strongTies).toBeGreaterThanOrEqual(3);
    expect(figures.tiedShare.overall.tied).toBeGreaterThan(0);
    for (const city of figures.tiedShare.perCity) expect(city.tied).toBeGreaterThan(0);
    expect(res.body.edges.map((e: { strength: string }) => e.strength)).toContain('joint-project');
  });

  it('spreads the profiles’ edit days over the years since the Letter of Intent, all in the past', async () => {
    const orgs = await t.database.db.select({ key: organisations.key, updatedAt: organisations.updatedAt }).from(organisations);
    const days = orgs.map((o) => o.updatedAt.toISOString().slice(0, 10));
    expect(days.every((d) => d >= '2020-08-03' && d < new Date().toISOString().slice(0, 10))).toBe(true);
    expect(new Set(days.map((d) => d.slice(0, 4))).size).toBeGreaterThanOrEqual(4);
    expect(new Set(days).size).toBeGreaterThan(orgs.length / 2);
    // The history says the same: the organisations' entries are on their days, not on the seeding day.
    const created = await t.database.db
      .select({ at: auditEvents.at, id: auditEvents.entityId })
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, 'organisation'), eq(auditEvents.action, 'create')));
    expect(created.length).toBe(orgs.length);
    expect(created.every((c) => c.at.getTime() < Date.now() - 86_400_000 / 2)).toBe(true);
    // The shared record was entered after the signing, so its page does not say "last changed today".
    const [partnership] = await t.database.db.select({ createdAt: partnerships.createdAt, updatedAt: partnerships.updatedAt }).from(partnerships);
    expect(partnership.updatedAt.toISOString().slice(0, 10)).toBe('2020-07-31');
    const agreementDays = (await t.database.db.select({ updatedAt: agreements.updatedAt }).from(agreements)).map((a) => a.updatedAt.toISOString().slice(0, 10));
    expect(agreementDays).toEqual(['2020-08-03']);
    const cityDays = (await t.database.db.select({ updatedAt: cities.updatedAt }).from(cities)).map((c) => c.updatedAt.toISOString().slice(0, 10));
    expect(cityDays.every((d) => d === '2020-07-31')).toBe(true);
    // The same spread at every seeding (a hash of the key, not chance).
    await seedOther();
    const otherDays = new Map(
      (await other.database.db.select({ key: organisations.key, updatedAt: organisations.updatedAt }).from(organisations)).map((o) => [
        o.key,
        o.updatedAt.toISOString(),
      ]),
    );
    for (const o of orgs) expect(otherDays.get(o.key)).toBe(o.updatedAt.toISOString());
  });

  it('has its action programme 2021–2024 and its activities, through the interchange importer', async () => {
    expect(seeded.life?.created).toMatchObject({ programmes: 1, activities: 4 });
    const document = await exportInterchange(t.ctx());
    const [programme] = document.programmes ?? [];
    expect(programme?.title).toContainEqual({ lang: 'en', text: 'Joint action programme 2021–2024' });
    expect(programme?.fields?.map((f) => f.theme).sort()).toEqual([
      'agriculture',
      'digitalisation-smart-city',
      'innovation-clusters',
      'public-services',
      'sustainability',
      'technology-startups',
    ]);
    const measures = (programme?.fields ?? []).flatMap((f) => (f.goals ?? []).flatMap((g) => g.measures ?? []));
    expect(measures.length).toBeGreaterThanOrEqual(12);
    // Some ran late: still running after their end date.
    expect(measures.some((m) => m.status === 'running' && m.endsOn! < '2024-01-01')).toBe(true);
    // The file the demo imports is the file the export gives back (past activities; coming ones are dated from today).
    const life = demoLifeDocument(new Date());
    for (const key of ['delegation-visit-cluj-2022', 'online-startup-exchange-2021']) {
      const exported = document.activities?.find((a) => a.key === key);
      expect(exported?.participants?.length).toBe(life.activities.find((a) => a.key === key)?.participants?.length);
    }
    const now = new Date().toISOString().slice(0, 16);
    const coming = (document.activities ?? []).filter((a) => a.startsAt > now).map((a) => a.key);
    expect(coming.sort()).toEqual(['study-visit-dortmund-public-services', 'webinar-sustainable-agriculture']);
    const study = document.activities?.find((a) => a.key === 'study-visit-dortmund-public-services');
    expect(study?.registration).toMatchObject({ open: true, capacity: 30 });
    expect(study?.participants?.filter((p) => p.status === 'registered')).toHaveLength(30);
    expect(study?.participants?.filter((p) => p.status === 'waiting')).toHaveLength(1);
    // Its own export imported again changes none of them (dry run: the canonical forms agree).
    const again = await importInterchange(t.ctx(), document, { dryRun: true });
    expect(again.unchanged).toMatchObject({ programmes: 1, activities: 4 });
  });

  it('has a delegation visit that meets the CERV town-twinning rule (50 direct participants, 25 invited from abroad)', async () => {
    // Counted directly: registered participants, and those among them from another country than the host's.
    const result = await t.database.db.execute(sql`
      SELECT count(*)::int AS participants,
             count(*) FILTER (WHERE p.country <> c.country)::int AS invited,
             count(*) FILTER (WHERE EXISTS (SELECT 1 FROM activity_attendance d WHERE d.participant_id = p.id))::int AS attended
      FROM activities a
      JOIN cities c ON c.id = a.host_city_id
      JOIN activity_participants p ON p.activity_id = a.id AND p.status = 'registered'
      WHERE a.key = 'delegation-visit-cluj-2022'`);
    const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as { participants: number; invited: number; attended: number }[];
    expect(rows[0]!.participants).toBeGreaterThanOrEqual(50);
    expect(rows[0]!.invited).toBeGreaterThanOrEqual(25);
    expect(rows[0]!.attended).toBe(rows[0]!.participants);
  });

  it('does nothing the second time', async () => {
    const usersAndIntroductions = async () => ({
      users: (await t.database.db.select({ n: count() }).from(users))[0].n,
      introductions: await t.database.db.select().from(introductions).orderBy(introductions.id),
    });
    const before = { audit: await auditCount(), document: await exportInterchange(t.ctx()), rows: await usersAndIntroductions() };
    const summary = await seedDemo(t.ctx());
    expect(summary).toMatchObject({ seeded: false, accounts: [], introductions: 0 });
    expect(await auditCount()).toBe(before.audit);
    expect(await usersAndIntroductions()).toEqual(before.rows);
    expect(await exportInterchange(t.ctx())).toEqual(before.document);
    expect((await t.database.db.select({ n: count() }).from(agreements))[0].n).toBe(1);
  });
});
