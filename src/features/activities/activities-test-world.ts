import { seedCity, seedOrganisation } from '../../testing/factories.ts';
import type { TestApp } from '../../testing/test-app.ts';

/**
 * The activity API tests' world: Dortmund (Europe/Berlin) and Cluj-Napoca (Europe/Bucharest) in a
 * partnership, Lyon outside it, an organisation in each of A and B, and a user for every role.
 */
export async function createActivitiesWorld(t: TestApp) {
  const db = t.database.db;
  const admin = await t.signedIn({ role: 'admin', displayName: 'Ada Admin' });
  const city = async (key: string, name: string, country: string, timeZone: string) => {
    const res = await admin.post('/api/cities', { key, name, country, timeZone });
    if (res.status !== 201) throw new Error(`city ${key}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as { id: string; key: string };
  };
  const dortmund = await city('dortmund', 'Dortmund', 'DE', 'Europe/Berlin');
  const cluj = await city('cluj-napoca', 'Cluj-Napoca', 'RO', 'Europe/Bucharest');
  const lyon = await seedCity(db, { key: 'lyon', name: 'Lyon', country: 'FR' });
  const orgA = await seedOrganisation(db, { cityId: dortmund.id, name: 'KlimaSensor Dortmund' });
  const orgB = await seedOrganisation(db, { cityId: cluj.id, name: 'Cluj IT Cluster' });
  const partnershipOf = async (key: string, cities: string[]) => {
    const res = await admin.post('/api/partnerships', {
      key,
      name: key,
      kind: 'project-partnership',
      status: 'active',
      since: '2020-07-31',
      cities,
      themes: [],
    });
    if (res.status !== 201) throw new Error(`partnership ${key}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as { id: string; key: string };
  };
  const partnership = await partnershipOf('dortmund-cluj', [dortmund.id, cluj.id]);
  const otherPartnership = await partnershipOf('dortmund-lyon', [dortmund.id, lyon.id]);
  return {
    db,
    dortmund,
    cluj,
    lyon,
    orgA,
    orgB,
    partnership,
    otherPartnership,
    admin,
    coordinatorA: await t.signedIn({ role: 'coordinator', cityId: dortmund.id, displayName: 'Petra Schmidt' }),
    coordinatorB: await t.signedIn({ role: 'coordinator', cityId: cluj.id, displayName: 'Ana Pop' }),
    coordinatorC: await t.signedIn({ role: 'coordinator', cityId: lyon.id, displayName: 'Luc Martin' }),
    memberA: await t.signedIn({ role: 'member', cityId: dortmund.id, displayName: 'Max Member' }),
    memberC: await t.signedIn({ role: 'member', cityId: lyon.id, displayName: 'Lea Member' }),
    editorA: await t.signedIn({ role: 'org-editor', cityId: dortmund.id, organisationId: orgA.id, displayName: 'Erik Editor' }),
  };
}

export type ActivitiesWorld = Awaited<ReturnType<typeof createActivitiesWorld>>;

/** A valid activity of the world's partnership, hosted in Dortmund, with overrides. */
export function activityBody(w: ActivitiesWorld, overrides: Record<string, unknown> = {}) {
  return {
    kind: 'study-visit',
    title: { en: 'Study visit on heat sensors', de: 'Studienbesuch Hitzesensoren' },
    description: { en: 'Two days on urban heat islands and sensor networks.' },
    originalLang: 'en',
    hostCityId: w.dortmund.id,
    startsLocal: '2027-06-14T09:00',
    endsLocal: '2027-06-15T17:00',
    venue: 'Rathaus Dortmund',
    languages: ['de', 'en', 'ro'],
    organiserOrganisationIds: [w.orgA.id],
    agenda: [
      { startsLocal: '2027-06-14T09:30', endsLocal: '2027-06-14T11:00', title: { en: 'Welcome' }, speakers: 'Petra Schmidt' },
      { startsLocal: '2027-06-15T10:00', title: { en: 'Sensor walk' } },
    ],
    capacity: 20,
    ...overrides,
  };
}
