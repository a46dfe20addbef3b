import { count, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { agreementParties, agreements } from '../agreements/agreements.table.ts';
import { auditEvents } from '../audit/audit.table.ts';
import { exportInterchange } from '../interchange/export-interchange.ts';
import { validateInterchange } from '../interchange/validate-interchange.ts';
import { timelineEvents } from '../partnerships/partnerships.table.ts';
import { people } from '../people/people.table.ts';
import { fundingCalls } from '../calls/calls.table.ts';
import { organisations } from '../organisations/organisations.table.ts';
import { DEMO_PROJECT_CALL, DEMO_PROJECT_TITLE } from '../projects/seed-demo-project.ts';
import { projectPartners, projects } from '../projects/projects.table.ts';
import demoDocument from './demo-partnership.json' with { type: 'json' };
import { isDatabaseEmpty, seedDemo } from './seed-demo.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
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
    expect(summary).toMatchObject({ seeded: true, officesSet: 2, timelineEvents: 2, people: 2 });
    expect(summary.import?.created).toEqual({ cities: 2, partnerships: 1, organisations: demoDocument.organisations.length });
    expect(await isDatabaseEmpty(t.database.db)).toBe(false);

    const cluj = await t.anonymous().get('/api/cities/cluj-napoca');
    expect(cluj.status).toBe(200);
    expect(cluj.body.office).toMatchObject({ name: 'Office for International Affairs and Foreign Investment', email: null, phone: null });
    expect(cluj.body.partnerships).toEqual([expect.objectContaining({ key: 'dortmund-cluj-napoca', status: 'active' })]);
    expect((await t.anonymous().get('/api/cities?q=Klausenburg')).body.items.map((c: { key: string }) => c.key)).toEqual(['cluj-napoca']);

    const [agreement] = await t.database.db.select().from(agreements).where(eq(agreements.id, summary.agreementId!));
    expect(agreement).toMatchObject({ kind: 'letter-of-intent', signedOn: '2020-07-31', mode: 'video-conference' });
    const parties = await t.database.db.select().from(agreementParties).where(eq(agreementParties.agreementId, agreement.id)).orderBy(agreementParties.position);
    expect(parties.map((p) => [p.role, p.personName])).toEqual([
      ['signatory', 'Ullrich Sierau'],
      ['signatory', 'Emil Boc'],
      ['facilitator', 'Kai Hennig'],
    ]);
    const events = await t.database.db.select().from(timelineEvents).where(eq(timelineEvents.partnershipId, agreement.partnershipId)).orderBy(timelineEvents.occurredOn);
    expect(events.map((e) => [e.occurredOn, e.kind])).toEqual([
      ['2019-08-01', 'delegation-visit'],
      ['2020-07-31', 'agreement-signed'],
    ]);
    const mayors = await t.database.db.select().from(people);
    expect(mayors.map((p) => p.name).sort()).toEqual(['Emil Boc', 'Ullrich Sierau']);
    expect(mayors.every((p) => p.visibleToPublic && p.email === null && p.phone === null)).toBe(true);
    const audited = await t.database.db.select({ type: auditEvents.entityType }).from(auditEvents);
    expect(new Set(audited.map((a) => a.type))).toEqual(new Set(['city', 'partnership', 'organisation', 'agreement', 'timeline-event', 'person', 'project', 'project-partner', 'call_import']));
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
    expect(consortium.map((c) => [c.key, c.role]).sort()).toEqual([['cluj-it-cluster', 'partner'], ['klimasensor-dortmund', 'coordinator']]);
    const [call] = await t.database.db.select({ id: fundingCalls.id }).from(fundingCalls).where(eq(fundingCalls.identifier, DEMO_PROJECT_CALL));
    // Linked to the cities-mission call when the demo calls were seeded before it.
    expect(project.callId).toBe(call?.id ?? null);
  });

  it('does nothing the second time', async () => {
    const before = { audit: await auditCount(), document: await exportInterchange(t.ctx()) };
    const summary = await seedDemo(t.ctx());
    expect(summary.seeded).toBe(false);
    expect(await auditCount()).toBe(before.audit);
    expect(await exportInterchange(t.ctx())).toEqual(before.document);
    expect((await t.database.db.select({ n: count() }).from(agreements))[0].n).toBe(1);
  });
});
