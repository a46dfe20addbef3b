import { sql } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import type { TestApp } from '../../testing/test-app.ts';
import { fundingCalls } from '../calls/calls.table.ts';
import { importInterchange } from '../interchange/import-interchange.ts';

/**
 * Dortmund – Cluj-Napoca with organisations that serve a heat-resilience call in both cities,
 * Lyon outside the partnership, and users for every kind of refusal.
 */
const heatOffer = (title: string) => ({
  lang: 'en',
  title,
  text: 'Sensor networks and digital twins for urban heat adaptation and climate resilience of the city.',
});

export const projectsWorld = {
  format: 'pontis-interchange/1',
  cities: [
    { key: 'dortmund', name: 'Dortmund', country: 'DE' },
    { key: 'cluj-napoca', name: 'Cluj-Napoca', country: 'RO' },
    { key: 'lyon', name: 'Lyon', country: 'FR' },
  ],
  partnerships: [{ key: 'dortmund-cluj', cities: ['dortmund', 'cluj-napoca'], kind: 'project-partnership', themes: ['digitalisation-smart-city'] }],
  organisations: [
    {
      key: 'klimasensor',
      name: 'KlimaSensor Dortmund',
      kind: 'startup',
      city: 'dortmund',
      languages: ['de', 'en'],
      offers: [heatOffer('Heat sensor network')],
    },
    { key: 'tu-dortmund', name: 'TU Dortmund', kind: 'university', city: 'dortmund', languages: ['de', 'en'], offers: [heatOffer('Urban climate lab')] },
    { key: 'cluj-it', name: 'Cluj IT Cluster', kind: 'cluster', city: 'cluj-napoca', languages: ['ro', 'en'], offers: [heatOffer('Digital twin platform')] },
    { key: 'utcn', name: 'UTCN', kind: 'university', city: 'cluj-napoca', languages: ['ro', 'en'], offers: [heatOffer('Thermal imaging')] },
    { key: 'lyon-lab', name: 'Lyon Climate Lab', kind: 'research-institute', city: 'lyon', languages: ['fr', 'en'], offers: [heatOffer('Lyon heat lab')] },
  ],
};

export const HEAT_CALL = 'HORIZON-MISS-2027-CIT-02-03';

export async function insertCall(db: Db, overrides: Partial<typeof fundingCalls.$inferInsert> = {}) {
  const deadlines = [new Date('2001-02-01T16:00:00Z'), new Date('2099-09-17T15:00:00Z')];
  const [row] = await db
    .insert(fundingCalls)
    .values({
      identifier: HEAT_CALL,
      kind: 'grant',
      title: 'Urban digital twins for climate resilience',
      callIdentifier: 'HORIZON-MISS-2027-CIT-02',
      programmeCode: 'HORIZON',
      programmeName: 'Horizon Europe',
      deadlineModel: 'multiple cut-off',
      deadlineAts: deadlines,
      deadlines: deadlines.map((d, i) => ({ at: d.toISOString(), label: `cut-off ${i + 1}` })),
      lastDeadlineAt: deadlines[1],
      openingAt: new Date('2000-01-01T00:00:00Z'),
      tags: ['digital twins', 'heat'],
      keywords: [],
      summary: 'Cities pilot digital twins for heat.\nThey share data across borders.\n\nSecond paragraph that is long.\nFourth line.\nFifth line is left out.',
      concepts: [],
      source: 'demo',
      contentHash: 'x',
      ...overrides,
    })
    .returning();
  return row;
}

export async function createProjectsWorld(t: TestApp) {
  const db = t.database.db;
  await importInterchange(t.ctx(), projectsWorld);
  const rows = async (q: ReturnType<typeof sql>) => ((await db.execute(q)) as unknown as { rows: { id: string; key: string }[] }).rows;
  const org: Record<string, string> = Object.fromEntries((await rows(sql`SELECT id, key FROM organisations`)).map((r) => [r.key, r.id]));
  const city: Record<string, string> = Object.fromEntries((await rows(sql`SELECT id, key FROM cities`)).map((r) => [r.key, r.id]));
  // The call's concepts: those the tagger found in the organisations' offers, so the suggestions have something to match.
  const found = (await db.execute(
    sql`SELECT concepts FROM search_documents WHERE entity_type = 'offer' AND organisation_id = ${org['cluj-it']}`,
  )) as unknown as { rows: { concepts: string[] }[] };
  const concepts = found.rows[0]?.concepts ?? [];
  const call = await insertCall(db, { concepts });
  return {
    org,
    city,
    call,
    admin: await t.signedIn({ role: 'admin' }),
    dortmundCoordinator: await t.signedIn({ role: 'coordinator', cityId: city['dortmund'], displayName: 'Petra Schmidt' }),
    clujCoordinator: await t.signedIn({ role: 'coordinator', cityId: city['cluj-napoca'], displayName: 'Ana Pop' }),
    lyonCoordinator: await t.signedIn({ role: 'coordinator', cityId: city['lyon'] }),
    dortmundMember: await t.signedIn({ role: 'member', cityId: city['dortmund'] }),
    clujEditor: await t.signedIn({ role: 'org-editor', cityId: city['cluj-napoca'], organisationId: org['cluj-it'] }),
    lyonEditor: await t.signedIn({ role: 'org-editor', cityId: city['lyon'], organisationId: org['lyon-lab'] }),
  };
}
