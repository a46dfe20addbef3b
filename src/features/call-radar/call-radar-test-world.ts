import { eq } from 'drizzle-orm';
import crypto from 'node:crypto';
import type { Db } from '../../db/database.ts';
import { fundingCalls } from '../calls/calls.table.ts';
import { organisations } from '../organisations/organisations.table.ts';
import { partnershipCities, partnershipThemes, partnerships } from '../partnerships/partnerships.table.ts';
import { seedCity, seedOrganisation } from '../../testing/factories.ts';

/** A call row as helper 1's import would store it; tests set only what they need. */
export async function insertTestCall(db: Db, partial: Partial<typeof fundingCalls.$inferInsert> & { identifier: string }) {
  const deadlineAts = partial.deadlineAts ?? [];
  const [row] = await db
    .insert(fundingCalls)
    .values({
      kind: 'grant',
      title: `Call ${partial.identifier}`,
      source: 'demo',
      contentHash: crypto.randomUUID(),
      deadlines: deadlineAts.map((d) => ({ at: d.toISOString() })),
      lastDeadlineAt: deadlineAts.length ? deadlineAts[deadlineAts.length - 1] : null,
      url: `https://ec.europa.eu/info/funding-tenders/opportunities/portal/screen/opportunities/topic-details/${partial.identifier.toLowerCase()}`,
      ...partial,
      deadlineAts,
    })
    .returning();
  return row;
}

/** Dortmund (DE) and Cluj-Napoca (RO) in a partnership about sustainability and the smart city, with organisations. */
export async function seedDortmundCluj(db: Db, key = `dortmund-cluj-${crypto.randomBytes(3).toString('hex')}`) {
  const dortmund = await seedCity(db, { name: `Dortmund ${key}`, country: 'DE' });
  const cluj = await seedCity(db, { name: `Cluj-Napoca ${key}`, country: 'RO' });
  const [partnership] = await db
    .insert(partnerships)
    .values({ key, name: 'Dortmund – Cluj-Napoca', kind: 'project-partnership', status: 'active' })
    .returning();
  await db.insert(partnershipCities).values([
    { partnershipId: partnership.id, cityId: dortmund.id, position: 0 },
    { partnershipId: partnership.id, cityId: cluj.id, position: 1 },
  ]);
  await db.insert(partnershipThemes).values([
    { partnershipId: partnership.id, themeKey: 'sustainability', position: 0 },
    { partnershipId: partnership.id, themeKey: 'digitalisation-smart-city', position: 1 },
  ]);
  const dortmundOrg = await seedOrganisation(db, { cityId: dortmund.id });
  const clujOrg = await seedOrganisation(db, { cityId: cluj.id });
  await db
    .update(organisations)
    .set({ concepts: ['smart-city', 'climate-neutrality'] })
    .where(eq(organisations.id, dortmundOrg.id));
  await db
    .update(organisations)
    .set({ concepts: ['smart-city', 'open-data'] })
    .where(eq(organisations.id, clujOrg.id));
  return { dortmund, cluj, partnership, dortmundOrg, clujOrg };
}
