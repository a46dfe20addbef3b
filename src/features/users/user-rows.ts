import { asc, eq, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { invalid, type FieldError } from '../../shared/errors.ts';
import type { Role } from '../../shared/roles.ts';
import { citySummariesSubquery } from '../cities/index.ts';
import { organisationSummariesSubquery } from '../organisations/index.ts';
import { missingScopeErrors, type RoleScope } from './role-scope.ts';
import type { User } from './users.schemas.ts';
import { users } from './users.table.ts';

/** The columns of a user as readers see it, with the names of its city and organisation. */
function userSelection(city: ReturnType<typeof citySummariesSubquery>, organisation: ReturnType<typeof organisationSummariesSubquery>) {
  return {
    id: users.id,
    email: users.email,
    displayName: users.displayName,
    role: users.role,
    cityId: users.cityId,
    cityName: city.name,
    organisationId: users.organisationId,
    organisationName: organisation.name,
    locale: users.locale,
    disabledAt: users.disabledAt,
    version: users.version,
    createdAt: users.createdAt,
    updatedAt: users.updatedAt,
  };
}

/** Users with their city and organisation names; never the password hash. */
export async function selectUsers(db: Db, where: SQL | undefined): Promise<User[]> {
  // Built per call, not at load: the owners' public modules import this feature's back (a cycle).
  const city = citySummariesSubquery('city');
  const organisation = organisationSummariesSubquery('organisation');
  const rows = await db
    .select(userSelection(city, organisation))
    .from(users)
    .leftJoin(city, eq(city.id, users.cityId))
    .leftJoin(organisation, eq(organisation.id, users.organisationId))
    .where(where)
    .orderBy(asc(users.displayName), asc(users.email));
  return rows.map((r) => ({
    ...r,
    disabled: r.disabledAt !== null,
    disabledAt: r.disabledAt?.toISOString() ?? null,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  }));
}

export async function selectUser(db: Db, id: string): Promise<User | undefined> {
  return (await selectUsers(db, eq(users.id, id)))[0];
}

/** The audit snapshot of an account: no password hash, no reader-dependent or derived fields. */
export function userAuditView(user: User) {
  const { updatedAt: _u, cityName: _c, organisationName: _o, ...rest } = user;
  return rest;
}

/**
 * Checks that the city and organisation exist and fit together, and that the role has the
 * scope it needs. An organisation implies its city.
 */
export async function resolveRoleScope(db: Db, role: Role, input: { cityId?: string | null; organisationId?: string | null }): Promise<RoleScope> {
  const errors: FieldError[] = [];
  let cityId = input.cityId ?? null;
  const organisationId = input.organisationId ?? null;
  if (organisationId) {
    const organisation = organisationSummariesSubquery('organisation');
    const [org] = await db.select({ cityId: organisation.cityId }).from(organisation).where(eq(organisation.id, organisationId));
    if (!org) errors.push({ path: 'organisationId', rule: 'not_found', message: 'There is no organisation with this id.' });
    else if (cityId && cityId !== org.cityId) {
      errors.push({ path: 'organisationId', rule: 'city_mismatch', message: 'The organisation is not in the chosen city.' });
    } else cityId = org.cityId;
  }
  if (cityId && !errors.length) {
    const cityRow = citySummariesSubquery('city');
    const [city] = await db.select({ id: cityRow.id }).from(cityRow).where(eq(cityRow.id, cityId));
    if (!city) errors.push({ path: 'cityId', rule: 'not_found', message: 'There is no city with this id.' });
  }
  errors.push(...missingScopeErrors(role, { cityId, organisationId }).filter((e) => !errors.some((x) => x.path === e.path)));
  if (errors.length) throw invalid(errors);
  return { cityId, organisationId };
}

export async function emailTaken(db: Db, email: string): Promise<boolean> {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  return Boolean(row);
}
