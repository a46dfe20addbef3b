import { eq, or, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { isUuid } from '../../shared/uuid.ts';
import { organisations } from './organisations.table.ts';

/** What other features need to know of an organisation they were given by id or key. */
export interface OrganisationRef {
  id: string;
  key: string;
  cityId: string;
  name: string;
}

/**
 * The condition for "the organisation with this id or key". A key may look like a uuid, so a
 * uuid-shaped value is compared with both; anything else only with keys, since PostgreSQL
 * refuses to cast it to the id's type.
 */
export function organisationIdOrKey(idOrKey: string): SQL {
  return isUuid(idOrKey) ? or(eq(organisations.id, idOrKey), eq(organisations.key, idOrKey))! : eq(organisations.key, idOrKey);
}

/** The organisation whose id or key is `idOrKey`, or undefined; the caller decides between 404 and 400. */
export async function findOrganisation(db: Db, idOrKey: string): Promise<OrganisationRef | undefined> {
  const [row] = await db
    .select({ id: organisations.id, key: organisations.key, cityId: organisations.cityId, name: organisations.name })
    .from(organisations)
    .where(organisationIdOrKey(idOrKey))
    .limit(1);
  return row;
}
