import { and, eq, inArray, ne, or, type SQL } from 'drizzle-orm';
import { isAdmin, type Actor } from '../../shared/actor.ts';
import { citiesSharingAPartnershipWith } from '../partnerships/index.ts';
import { people } from './people.table.ts';

export interface PersonVisibilityFacts {
  cityId: string;
  organisationId: string | null;
  visibleToPartners: boolean;
  visibleToPublic: boolean;
}

/**
 * Whether the reader may see a person at all (name, role, contacts). Consent decides outside
 * the person's own circle: without it, only admins, the coordinators of the person's city and
 * the editors of the person's organisation see them.
 *
 * `readerCityIsPartner`: the reader's city shares a partnership with the person's city and is
 * not that city itself (consent to partners is not consent to one's own city's members); ask the
 * partnerships feature (arePartnerCities), whose citiesSharingAPartnershipWith is the same rule
 * in visiblePeopleCondition below.
 */
export function canSeePerson(actor: Actor, person: PersonVisibilityFacts, readerCityIsPartner: boolean): boolean {
  if (isAdmin(actor)) return true;
  if (person.visibleToPublic) return true;
  if (actor.kind !== 'user') return false;
  if (actor.role === 'coordinator' && actor.cityId === person.cityId) return true;
  if (actor.role === 'org-editor' && person.organisationId !== null && actor.organisationId === person.organisationId) return true;
  return person.visibleToPartners && readerCityIsPartner && actor.cityId !== null && actor.cityId !== person.cityId;
}

/**
 * The same rule as canSeePerson, as a WHERE condition on the `people` table, so that lists,
 * counts and lookups never load a person the reader may not see. undefined means no restriction.
 */
export function visiblePeopleCondition(actor: Actor): SQL | undefined {
  if (isAdmin(actor)) return undefined;
  const publicOnes = eq(people.visibleToPublic, true);
  if (actor.kind !== 'user') return publicOnes;
  const conditions: (SQL | undefined)[] = [publicOnes];
  if (actor.role === 'coordinator' && actor.cityId) conditions.push(eq(people.cityId, actor.cityId));
  if (actor.role === 'org-editor' && actor.organisationId) conditions.push(eq(people.organisationId, actor.organisationId));
  if (actor.cityId) {
    conditions.push(
      and(eq(people.visibleToPartners, true), ne(people.cityId, actor.cityId), inArray(people.cityId, citiesSharingAPartnershipWith(actor.cityId))),
    );
  }
  return or(...conditions);
}
