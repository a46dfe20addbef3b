import crypto from 'node:crypto';
import { eq } from 'drizzle-orm';
import { insertCall } from '../features/projects/projects-test-world.ts';
import { projectPartners, projects } from '../features/projects/projects.table.ts';
import { requestIntroduction } from '../features/introductions/request-introduction.ts';
import { requestPasswordReset } from '../features/auth/password-reset.service.ts';
import { latestMailTo, tokenInText } from '../features/mail/outbox-test-helpers.ts';
import { syncThemes } from '../features/themes/themes.service.ts';
import { updateOrganisation } from '../features/organisations/organisations.service.ts';
import { users } from '../features/users/users.table.ts';
import type { UserActor } from '../shared/actor.ts';
import { seedCity, seedOrganisation, seedUser, TEST_PASSWORD } from './factories.ts';
import type { TestApp } from './test-app.ts';
import { TestClient, type TestResponse } from './test-client.ts';

/**
 * The world the authorisation matrix runs in. City A (Dortmund) and its partner city B (Cluj-Napoca)
 * share an active partnership; city C (Lyon) has none with A. The records belong to A: its
 * coordinator and the editor of its organisation own them. The callers are the five the
 * requirement names (anonymous, member elsewhere, member of the partner city, coordinator of the
 * other city, editor without the right) plus the owner and an administrator as positive controls.
 */

export const principals = ['anonymous', 'memberElsewhere', 'partnerMember', 'otherCoordinator', 'editorWithoutRight', 'owner', 'admin'] as const;
export type Principal = (typeof principals)[number];

/** Who stands for "the owner" of a route's record: A's coordinator, or the editor of A's organisation. */
export type OwnerKind = 'coordinator' | 'editor';

export const pdfBytes = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
export const csvSheet = 'Name;Art;Webseite\r\nMatrix Labor GmbH;Unternehmen;www.matrix-labor.example\r\n';

const unique = () => crypto.randomBytes(4).toString('hex');

/** A multipart/form-data body with one file and optional text fields, as a browser sends it. */
export function multipartBody(file: { fileName: string; contentType: string; content: Buffer }, fields: Record<string, string> = {}) {
  const boundary = `----PontisMatrix${unique()}`;
  const parts = Object.entries(fields).map(([name, value]) =>
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`),
  );
  const body = Buffer.concat([
    ...parts,
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.fileName}"\r\nContent-Type: ${file.contentType}\r\n\r\n`),
    file.content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { body, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

/** The actor of a seeded user, for set-up through the services (no sign-in, no rate limit). */
const userActor = (u: Awaited<ReturnType<typeof seedUser>>): UserActor => ({
  kind: 'user',
  id: u.id,
  email: u.email,
  displayName: u.displayName,
  role: u.role,
  cityId: u.cityId,
  organisationId: u.organisationId,
});

/** The body of a set-up response, or a thrown error naming what failed (set-up must not fail silently). */
function ok<T = any>(what: string, res: TestResponse<T>): T {
  if (res.status >= 300) throw new Error(`authorisation world: ${what} failed with ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

export async function createAuthorisationWorld(t: TestApp) {
  const db = t.database.db;
  await syncThemes(db);
  const cityA = await seedCity(db, { key: 'dortmund', name: 'Dortmund', country: 'DE' });
  const cityB = await seedCity(db, { key: 'cluj-napoca', name: 'Cluj-Napoca', country: 'RO' });
  const cityC = await seedCity(db, { key: 'lyon', name: 'Lyon', country: 'FR' });
  const admin = await t.signedIn({ role: 'admin', displayName: 'Matrix Admin' });

  const offer = { lang: 'en', title: 'Heat sensor network', text: 'Sensor networks and digital twins for urban heat adaptation of the city.' };
  const request = { lang: 'en', title: 'Pilot site wanted', text: 'We look for a pilot district to test heat sensors in public squares.' };
  const orgA = ok<any>(
    'organisation A',
    await admin.post('/api/organisations', {
      name: 'KlimaSensor Dortmund',
      kind: 'startup',
      cityId: cityA.id,
      languages: ['de', 'en'],
      offers: [offer],
      requests: [request],
    }),
  );
  const otherOrgA = await seedOrganisation(db, { cityId: cityA.id, name: 'Dortmund Outsider GmbH' });
  const orgB = ok<any>(
    'organisation B',
    await admin.post('/api/organisations', {
      name: 'Cluj IT Cluster',
      kind: 'company',
      cityId: cityB.id,
      languages: ['ro', 'en'],
      offers: [{ ...offer, title: 'Digital twin platform' }],
    }),
  );
  const orgC = await seedOrganisation(db, { cityId: cityC.id, name: 'Lyon Climate Lab' });

  const coordinatorA = await t.signedIn({ role: 'coordinator', cityId: cityA.id, displayName: 'Petra Schmidt' });
  const editorA = await t.signedIn({ role: 'org-editor', cityId: cityA.id, organisationId: orgA.id, displayName: 'Erik Editor' });
  const clients = {
    memberElsewhere: await t.signedIn({ role: 'member', cityId: cityC.id, organisationId: orgC.id, displayName: 'Léa Member' }),
    partnerMember: await t.signedIn({ role: 'member', cityId: cityB.id, displayName: 'Mihai Member' }),
    otherCoordinator: await t.signedIn({ role: 'coordinator', cityId: cityB.id, displayName: 'Ana Pop' }),
    editorWithoutRight: await t.signedIn({ role: 'org-editor', cityId: cityA.id, organisationId: otherOrgA.id, displayName: 'Otto Outside' }),
    admin,
  };

  const partnershipBody = (key = `dortmund-cluj-${unique()}`) => ({
    key,
    name: `Dortmund – Cluj-Napoca ${key}`,
    kind: 'project-partnership',
    status: 'active',
    since: '2020-07-31',
    cities: [cityA.id, cityB.id],
    themes: ['digitalisation-smart-city'],
  });
  const partnership = ok<any>('partnership', await admin.post('/api/partnerships', partnershipBody('dortmund-cluj')));
  const agreementBody = { kind: 'memorandum', title: { en: 'Memorandum on digital cities' }, signedOn: '2021-03-01' };
  const agreement = ok<any>('agreement', await admin.post(`/api/partnerships/${partnership.id}/agreements`, agreementBody));
  const uploadPdf = async (agreementId: string) => {
    const { body, headers } = multipartBody({ fileName: 'memorandum.pdf', contentType: 'application/pdf', content: pdfBytes });
    return ok<any>('agreement document', await admin.post(`/api/agreements/${agreementId}/documents`, body, headers));
  };
  const agreementDocument = await uploadPdf(agreement.id);

  const person = ok<any>(
    'person',
    await admin.post('/api/people', {
      name: 'Jana Kontakt',
      cityId: cityA.id,
      organisationId: orgA.id,
      email: 'jana@example.org',
      visibleToPartners: true,
      visibleToPublic: false,
    }),
  );

  const call = await insertCall(db);

  // A joint project of the A–B partnership with A's and B's organisations in its consortium.
  const seedProject = async () => {
    const [project] = await db
      .insert(projects)
      .values({ partnershipId: partnership.id, title: `Smart Districts ${unique()}`, stage: 'drafting' })
      .returning();
    await db.insert(projectPartners).values([
      { projectId: project.id, organisationId: orgA.id, role: 'coordinator' },
      { projectId: project.id, organisationId: orgB.id, role: 'partner' },
    ]);
    return project;
  };
  const project = await seedProject();
  const uploadProjectDocument = async () => {
    const { body, headers } = multipartBody({ fileName: 'plan.pdf', contentType: 'application/pdf', content: pdfBytes }, { title: 'Work plan' });
    return ok<any>('project document', await admin.post(`/api/projects/${project.id}/documents`, body, headers));
  };
  const projectDocument = await uploadProjectDocument();
  const workPackageBody = () => ({ title: `Sensors ${unique()}`, leadOrganisationId: orgA.id });
  const milestoneBody = () => ({ title: `Pilot live ${unique()}`, dueOn: '2027-06-30', ownerOrganisationId: orgA.id });
  const indicatorBody = () => ({ outcome: 'Cooler squares', indicator: `Sensors installed ${unique()}`, target: 40 });

  const uploadCsv = async () => {
    const { body, headers } = multipartBody({ fileName: 'organisations.csv', contentType: 'text/csv', content: Buffer.from(csvSheet) });
    return ok<any>('CSV import', await coordinatorA.post(`/api/csv-imports?cityId=${cityA.id}`, body, headers));
  };
  const csvImport = await uploadCsv();

  const invite = async () =>
    ok<any>('invitation', await admin.post('/api/invitations', { email: `invitee-${unique()}@example.org`, role: 'member', cityId: cityA.id }));
  const invitation = await invite();

  // Introductions are asked for A's organisation (whose editor answers for it), to an organisation
  // of B without editors of its own, so that B's coordinator answers for that side.
  const freshOrganisationIn = (city: 'A' | 'B') => seedOrganisation(db, { cityId: (city === 'A' ? cityA : cityB).id, name: `Fresh Organisation ${unique()}` });
  // Each is asked by a new member of A's organisation: asking is rate-limited per user.
  const askIntroduction = async () => {
    const to = await freshOrganisationIn('B');
    const asker = await seedUser(db, { role: 'member', cityId: cityA.id, organisationId: orgA.id });
    return requestIntroduction(t.ctx(userActor(asker)), { from: orgA.id, to: to.id, itemId: null, message: 'We would like to meet about heat sensors.' });
  };
  const introduction = await askIntroduction();

  const taxonomy = ok<any>('taxonomy', await admin.get('/api/taxonomy'));
  const conceptKey: string = taxonomy.concepts[0].key;

  let sessions = 0;
  const world = {
    t,
    cityA,
    cityB,
    cityC,
    orgA,
    otherOrgA,
    orgB,
    orgC,
    partnership,
    agreement,
    agreementDocument,
    person,
    call,
    project,
    projectDocument,
    csvImport,
    invitation,
    introduction,
    conceptKey,
    /** The signed-in clients; `owner` is resolved per route (A's coordinator or A's editor). */
    clients: { ...clients, coordinatorA, editorA },
    ok,
    unique,

    // ---- fresh records, so that a write one principal makes does not change another's case ----
    freshOrganisation: () => freshOrganisationIn('A'),
    freshOrganisationIn,
    /** An offer its organisation's editor just wrote: waiting for the review of A's coordinators. */
    async freshPendingItem() {
      const org = await seedOrganisation(db, { cityId: cityA.id, name: `Reviewed Organisation ${unique()}` });
      const editor = await seedUser(db, { role: 'org-editor', cityId: cityA.id, organisationId: org.id });
      const input = { version: org.version, name: org.name, kind: org.kind as 'company', cityId: cityA.id, offers: [offer] };
      const updated = await updateOrganisation(t.ctx(userActor(editor)), org.id, input as Parameters<typeof updateOrganisation>[2]);
      const item = updated.offers[0];
      if (item.status !== 'pending-review') throw new Error(`authorisation world: the editor's offer is ${item.status}, not pending-review`);
      return item;
    },
    freshPartnership: async () => ok<any>('partnership', await admin.post('/api/partnerships', partnershipBody())),
    partnershipBody,
    agreementBody,
    freshAgreement: async () => ok<any>('agreement', await admin.post(`/api/partnerships/${partnership.id}/agreements`, agreementBody)),
    freshAgreementDocument: () => uploadPdf(agreement.id),
    freshTimelineEvent: async () =>
      ok<any>(
        'timeline event',
        await admin.post(`/api/partnerships/${partnership.id}/timeline`, { kind: 'meeting', occurredOn: '2024-05-02', title: { en: 'Steering group' } }),
      ),
    freshPerson: async () =>
      ok<any>('person', await admin.post('/api/people', { name: `Fresh Person ${unique()}`, cityId: cityA.id, organisationId: orgA.id })),
    seedProject,
    async freshPartner() {
      const fresh = await seedProject();
      const [partner] = await db.select().from(projectPartners).where(eq(projectPartners.projectId, fresh.id));
      return { project: fresh, partner };
    },
    workPackageBody,
    milestoneBody,
    indicatorBody,
    freshWorkPackage: async () => ok<any>('work package', await admin.post(`/api/projects/${project.id}/work-packages`, workPackageBody())),
    freshMilestone: async () => ok<any>('milestone', await admin.post(`/api/projects/${project.id}/milestones`, milestoneBody())),
    freshIndicator: async () => ok<any>('indicator', await admin.post(`/api/projects/${project.id}/indicators`, indicatorBody())),
    freshProjectDocument: uploadProjectDocument,
    freshCsvImport: uploadCsv,
    freshToken: async () => ok<any>('API token', await coordinatorA.post('/api/tokens', { name: `matrix ${unique()}` })),
    freshFeed: async () => ok<any>('calendar feed', await coordinatorA.post('/api/calendar-feeds', { scope: 'user' })),
    freshInvitation: invite,
    askIntroduction,
    /** Asked for A's organisation, accepted by B's coordinator (who answers for the editor-less B organisation). */
    async acceptedIntroduction() {
      const asked = await askIntroduction();
      return ok<any>('accepted introduction', await clients.otherCoordinator.post(`/api/introductions/${asked.id}/accept`, { version: asked.version }));
    },
    async freshSynonym() {
      const added = ok<any>('synonym', await admin.post(`/api/taxonomy/concepts/${conceptKey}/synonyms`, { lang: 'en', term: `matrixterm${unique()}` }));
      return added.id as string;
    },
    freshUser: () => seedUser(db, { role: 'member', cityId: cityA.id }),
    async passwordResetToken() {
      const user = await seedUser(db, { role: 'member', cityId: cityA.id });
      await requestPasswordReset(t.ctx(), { email: user.email }, { ip: `10.9.9.${sessions++ % 250}` });
      return tokenInText((await latestMailTo(db, user.email)).textBody);
    },
    async versionOf(userId: string) {
      const [row] = await db.select({ version: users.version, email: users.email }).from(users).where(eq(users.id, userId));
      return row;
    },
    /** A new browser signed in as the given user: for routes that end or replace the session. */
    freshSession: (userId: string) => signInAs(userId),
    /** A new user like the given one (role, city, organisation), signed in: for routes that erase the caller. */
    async doubleSession(userId: string): Promise<TestClient> {
      const [row] = await db.select().from(users).where(eq(users.id, userId));
      const double = await seedUser(db, { role: row.role, cityId: row.cityId, organisationId: row.organisationId });
      return signInAs(double.id);
    },
  };

  async function signInAs(userId: string): Promise<TestClient> {
    const [row] = await db.select({ email: users.email }).from(users).where(eq(users.id, userId));
    const client = new TestClient(t.app, `10.0.2.${sessions++ % 250}`);
    ok('sign-in', await client.post('/api/auth/sign-in', { email: row.email, password: TEST_PASSWORD }));
    return client;
  }

  return world;
}

export type AuthorisationWorld = Awaited<ReturnType<typeof createAuthorisationWorld>>;

/** The client a principal calls with: a new anonymous client each time, else the signed-in one. */
export function clientFor(w: AuthorisationWorld, principal: Principal, owner: OwnerKind): TestClient & { userId?: string } {
  if (principal === 'anonymous') return w.t.anonymous();
  if (principal === 'owner') return owner === 'editor' ? w.clients.editorA : w.clients.coordinatorA;
  return w.clients[principal];
}
