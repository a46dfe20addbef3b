import { seedCity } from '../../testing/factories.ts';
import type { TestApp } from '../../testing/test-app.ts';
import { syncThemes } from '../themes/themes.service.ts';

/**
 * Test set-up shared by the partnership, agreement and history API tests: the model case
 * Dortmund – Cluj-Napoca, an unrelated third city, and a signed-in user for every role.
 */
export async function createPartnershipWorld(t: TestApp) {
  const db = t.database.db;
  await syncThemes(db);
  const dortmund = await seedCity(db, { key: 'dortmund', name: 'Dortmund', country: 'DE' });
  const cluj = await seedCity(db, { key: 'cluj-napoca', name: 'Cluj-Napoca', country: 'RO' });
  const lyon = await seedCity(db, { key: 'lyon', name: 'Lyon', country: 'FR' });
  return {
    dortmund,
    cluj,
    lyon,
    admin: await t.signedIn({ role: 'admin', displayName: 'Platform Admin' }),
    dortmundCoordinator: await t.signedIn({ role: 'coordinator', cityId: dortmund.id, displayName: 'Petra Schmidt' }),
    clujCoordinator: await t.signedIn({ role: 'coordinator', cityId: cluj.id, displayName: 'Ana Pop' }),
    lyonCoordinator: await t.signedIn({ role: 'coordinator', cityId: lyon.id, displayName: 'Luc Martin' }),
    dortmundMember: await t.signedIn({ role: 'member', cityId: dortmund.id, displayName: 'Max Member' }),
  };
}

export type PartnershipWorld = Awaited<ReturnType<typeof createPartnershipWorld>>;

export function partnershipBody(w: PartnershipWorld, overrides: Record<string, unknown> = {}) {
  return {
    key: 'dortmund-cluj-napoca',
    name: 'Dortmund – Cluj-Napoca',
    kind: 'project-partnership',
    status: 'agreement-signed',
    since: '2020-07-31',
    description: [
      { lang: 'en', text: 'Project partnership on digitalisation, start-ups and innovation.' },
      { lang: 'ro', text: 'Parteneriat de proiect pentru digitalizare, start-up-uri și inovare.' },
    ],
    cities: [w.dortmund.id, w.cluj.id],
    themes: ['digitalisation-smart-city', 'technology-startups', 'innovation-clusters'],
    ...overrides,
  };
}

/** The editable fields of a partnership as read, ready to send back with PUT. */
export function editableFields(p: {
  version: number;
  name: string;
  kind: string;
  status: string;
  since: string | null;
  description: unknown;
  cities: { id: string }[];
  themes: string[];
}) {
  return {
    version: p.version,
    name: p.name,
    kind: p.kind,
    status: p.status,
    since: p.since,
    description: p.description,
    cities: p.cities.map((c) => c.id),
    themes: p.themes,
  };
}
