import { and, eq } from 'drizzle-orm';
import { actorUserId } from '../../shared/actor.ts';
import type { ServiceContext } from '../../shared/context.ts';
import { recordDomainEvent } from '../domain-events/index.ts';
import { people } from './people.table.ts';

/** What a listed person is given: name and city, and optionally a role, languages and visibility. */
export type ListedPerson = Pick<typeof people.$inferInsert, 'cityId' | 'name' | 'roleTitle' | 'languages' | 'visibleToPartners' | 'visibleToPublic'>;

/**
 * Adds a person to a city unless someone of the same name is listed there already (so that
 * loading the same list twice adds nobody twice), with its audit entry (the stored row). Returns
 * the new person's id, or null when one was listed. The caller decides who may (the demo seed, an
 * admin); the search index follows the event.
 */
export async function addPersonUnlessListed(tx: ServiceContext, person: ListedPerson): Promise<string | null> {
  const [known] = await tx.db
    .select({ id: people.id })
    .from(people)
    .where(and(eq(people.cityId, person.cityId), eq(people.name, person.name)));
  if (known) return null;
  const [row] = await tx.db
    .insert(people)
    .values({ ...person, updatedBy: actorUserId(tx.actor) })
    .returning();
  const { createdAt: _c, updatedAt: _u, updatedBy: _b, ...stored } = row;
  await recordDomainEvent(tx, { entityType: 'person', entityId: row.id, action: 'create', after: stored });
  return row.id;
}
