import crypto from 'node:crypto';
import type { Db } from '../db/database.ts';
import type { Role } from '../shared/roles.ts';
import { cities } from '../features/cities/cities.table.ts';
import { organisations } from '../features/organisations/organisations.table.ts';
import { users } from '../features/users/users.table.ts';
import { hashPassword } from '../shared/secrets.ts';
import { foldForLookup } from '../shared/text-normalize.ts';

export const TEST_PASSWORD = 'test-password-1234';
let passwordHash: Promise<string> | undefined;
const unique = () => crypto.randomBytes(4).toString('hex');

export interface SeedUserInput {
  role: Role;
  cityId?: string | null;
  organisationId?: string | null;
  email?: string;
  displayName?: string;
}

export async function seedUser(db: Db, input: SeedUserInput) {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const [user] = await db
    .insert(users)
    .values({
      email: input.email ?? `${input.role}-${unique()}@example.org`,
      displayName: input.displayName ?? `Test ${input.role}`,
      passwordHash: await passwordHash,
      role: input.role,
      cityId: input.cityId ?? null,
      organisationId: input.organisationId ?? null,
    })
    .returning();
  return user;
}

export async function seedCity(db: Db, input: { key?: string; name?: string; country?: string } = {}) {
  const name = input.name ?? `City ${unique()}`;
  const [city] = await db
    .insert(cities)
    .values({ key: input.key ?? `city-${unique()}`, name, nameNormalized: foldForLookup(name), country: input.country ?? 'DE' })
    .returning();
  return city;
}

export async function seedOrganisation(db: Db, input: { cityId: string; key?: string; name?: string; kind?: string }) {
  const [org] = await db
    .insert(organisations)
    .values({ key: input.key ?? `org-${unique()}`, name: input.name ?? `Organisation ${unique()}`, kind: input.kind ?? 'company', cityId: input.cityId })
    .returning();
  return org;
}
