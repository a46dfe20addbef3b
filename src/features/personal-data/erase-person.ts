import { inTransaction, type ServiceContext } from '../../shared/context.ts';
import { forbidden } from '../../shared/errors.ts';
import { dropDomainEventsAbout, recordDomainEvent } from '../domain-events/index.ts';
import { deletePersonRow, getPerson } from '../people/index.ts';
import { identifyingTexts, PERSON_PERSONAL_KEYS } from './erasure-tombstone.ts';
import { canErasePerson } from './personal-data-policy.ts';
import { scrubAuditEvents, scrubCsvImports, scrubMailOutbox } from './scrub-records.ts';

export interface PersonToErase {
  id: string;
  name: string;
  email: string | null;
  phone: string | null;
}

/**
 * Removes one person record and every trace of it, in the caller's transaction: the row, its
 * search document (the search index follows the event at the end), the personal fields of its
 * history (the history rows stay), mail to or about it, and uploaded CSV files naming it.
 * Records it was attached to are not touched.
 */
export async function erasePersonRecord(tx: ServiceContext, person: PersonToErase): Promise<void> {
  const target = { personalKeys: PERSON_PERSONAL_KEYS, ...identifyingTexts(person) };
  await deletePersonRow(tx, person.id);
  await scrubAuditEvents(tx.db, { entityType: 'person', entityId: person.id }, target, null);
  await scrubMailOutbox(tx.db, person.email ? [person.email] : [], target);
  await scrubCsvImports(
    tx.db,
    target,
    [person.name, person.email ?? '', person.phone ?? ''].filter((v) => v.trim().length >= 5),
  );
  await dropDomainEventsAbout(tx.db, 'person', person.id);
  await recordDomainEvent(tx, { entityType: 'person', entityId: person.id, action: 'delete', after: { event: 'personal-data-erased' } });
}

/**
 * An erasure request for a person record (GDPR Art. 17), by an administrator or a coordinator
 * of the person's city. One transaction: either everything is gone or nothing is.
 */
export async function erasePerson(ctx: ServiceContext, id: string): Promise<void> {
  // Visibility first: a person the caller cannot see is not found, whoever they are.
  const person = await getPerson(ctx, id);
  if (!canErasePerson(ctx.actor, { cityId: person.city.id })) {
    throw forbidden('Only administrators and the coordinators of the person’s city can erase a person’s data.');
  }
  await inTransaction(ctx, (tx) => erasePersonRecord(tx, { id, name: person.name, email: person.email, phone: person.phone }));
}
