import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database.ts';
import { seedCity, seedOrganisation } from '../../testing/factories.ts';
import { createTestDatabase } from '../../testing/test-database.ts';
import { findOrganisation } from './find-organisation.ts';

let database: Database;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

describe('findOrganisation', () => {
  it('finds an organisation by id (in either case) and by key, with its city and name', async () => {
    const city = await seedCity(database.db);
    const org = await seedOrganisation(database.db, { cityId: city.id, key: 'find-me', name: 'Find me e.V.' });
    const expected = { id: org.id, key: 'find-me', cityId: city.id, name: 'Find me e.V.' };
    expect(await findOrganisation(database.db, org.id)).toEqual(expected);
    expect(await findOrganisation(database.db, org.id.toUpperCase())).toEqual(expected);
    expect(await findOrganisation(database.db, 'find-me')).toEqual(expected);
  });

  it('finds a key that looks like a uuid, and answers undefined (not a database error) for anything unknown', async () => {
    const city = await seedCity(database.db);
    const uuidKey = crypto.randomUUID();
    const org = await seedOrganisation(database.db, { cityId: city.id, key: uuidKey });
    expect((await findOrganisation(database.db, uuidKey))?.id).toBe(org.id);
    for (const unknown of [crypto.randomUUID(), 'nobody', '------------------------------------', "x' OR '1'='1"]) {
      expect(await findOrganisation(database.db, unknown)).toBeUndefined();
    }
  });
});
