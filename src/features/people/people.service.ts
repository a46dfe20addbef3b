import { and, asc, count, eq, type SQL } from 'drizzle-orm';
import { updateVersioned } from '../../db/versioned-update.ts';
import { actorUserId } from '../../shared/actor.ts';
import { inTransaction, type ServiceContext } from '../../shared/context.ts';
import { forbidden, invalid, notFound, type FieldError } from '../../shared/errors.ts';
import { recordDomainEvent, recordDomainEvents, type DomainEvent } from '../domain-events/index.ts';
import { cityNames, citySummariesSubquery } from '../cities/index.ts';
import { organisationCityId, organisationSummariesSubquery } from '../organisations/index.ts';
import { canEditPerson, canMovePerson, personAbilities } from './person-policy.ts';
import { visiblePeopleCondition } from './person-visibility.ts';
import type { CreatePersonRequest, Person, PersonListQuery, UpdatePersonRequest } from './people.schemas.ts';
import { people } from './people.table.ts';

const NOT_FOUND = 'The person';

/**
 * Without the visibility condition: only for checks whose result the caller never sees. The
 * person's city and organisation come from their owners' subqueries (one statement per list),
 * built per call rather than on load, since the owners' modules may still be loading then.
 */
function selectAnyPeople(ctx: ServiceContext, where: SQL | undefined) {
  const city = citySummariesSubquery('city');
  const organisation = organisationSummariesSubquery('organisation');
  return ctx.db
    .select({
      row: people,
      city: { id: city.id, key: city.key, name: city.name, country: city.country },
      organisation: { id: organisation.id, key: organisation.key, name: organisation.name },
    })
    .from(people)
    .innerJoin(city, eq(city.id, people.cityId))
    .leftJoin(organisation, eq(organisation.id, people.organisationId))
    .where(where);
}

const selectPeople = (ctx: ServiceContext, where: SQL | undefined) => selectAnyPeople(ctx, and(visiblePeopleCondition(ctx.actor), where));

type Joined = Awaited<ReturnType<typeof selectAnyPeople>>[number];

function present(ctx: ServiceContext, { row, city, organisation }: Joined): Person {
  const can = personAbilities(ctx.actor, row);
  return {
    id: row.id,
    name: row.name,
    roleTitle: row.roleTitle,
    organisation,
    city,
    email: row.email,
    phone: row.phone,
    languages: row.languages,
    visibleToPartners: row.visibleToPartners,
    visibleToPublic: row.visibleToPublic,
    can,
    canEdit: can.edit,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  };
}

function filters(query: { cityId?: string; organisationId?: string }) {
  return and(query.cityId ? eq(people.cityId, query.cityId) : undefined, query.organisationId ? eq(people.organisationId, query.organisationId) : undefined);
}

/** The people of an organisation or a city that the caller may see (for detail pages of others). */
export async function listVisiblePeople(ctx: ServiceContext, scope: { organisationId?: string; cityId?: string }): Promise<Person[]> {
  const rows = await selectPeople(ctx, filters(scope)).orderBy(asc(people.name), asc(people.id));
  return rows.map((r) => present(ctx, r));
}

export async function listPeople(ctx: ServiceContext, query: PersonListQuery) {
  const where = and(visiblePeopleCondition(ctx.actor), filters(query));
  // Counted under the same visibility condition, so hidden people do not show in the total.
  const [{ total }] = await ctx.db.select({ total: count() }).from(people).where(where);
  const rows = await selectPeople(ctx, filters(query)).orderBy(asc(people.name), asc(people.id)).limit(query.limit).offset(query.offset);
  return { items: rows.map((r) => present(ctx, r)), total, limit: query.limit, offset: query.offset };
}

/** A person the caller may see; a hidden person is reported as missing, never as forbidden. */
async function findVisible(ctx: ServiceContext, id: string): Promise<Joined> {
  const [found] = await selectPeople(ctx, eq(people.id, id));
  if (!found) throw notFound(NOT_FOUND);
  return found;
}

export async function getPerson(ctx: ServiceContext, id: string): Promise<Person> {
  return present(ctx, await findVisible(ctx, id));
}

/** The city must exist and, with an organisation, be that organisation's city. */
async function checkReferences(ctx: ServiceContext, input: CreatePersonRequest): Promise<void> {
  const fields: FieldError[] = [];
  const [cityRow] = await cityNames(ctx, 'id', [input.cityId]);
  if (!cityRow) fields.push({ path: 'cityId', rule: 'not_found', message: 'There is no such city.' });
  if (input.organisationId) {
    const orgCityId = await organisationCityId(ctx, input.organisationId);
    if (orgCityId === null) fields.push({ path: 'organisationId', rule: 'not_found', message: 'There is no such organisation.' });
    else if (cityRow && orgCityId !== input.cityId) {
      fields.push({ path: 'cityId', rule: 'organisation_city', message: 'Must be the city of the person’s organisation.' });
    }
  }
  if (fields.length) throw invalid(fields);
}

function columns(input: CreatePersonRequest) {
  return {
    cityId: input.cityId,
    organisationId: input.organisationId ?? null,
    name: input.name,
    roleTitle: input.roleTitle || null,
    email: input.email || null,
    phone: input.phone || null,
    languages: [...new Set(input.languages ?? [])],
    visibleToPartners: input.visibleToPartners ?? false,
    visibleToPublic: input.visibleToPublic ?? false,
  };
}

const refuse = () => forbidden('Only the coordinators of the person’s city or the editors of their organisation can do this.');

/** The audit snapshot: the stored facts, without reader-dependent fields. */
function auditView(person: Person) {
  const { can: _a, canEdit: _c, updatedAt: _u, ...rest } = person;
  return rest;
}

export async function createPerson(ctx: ServiceContext, input: CreatePersonRequest): Promise<Person> {
  if (!canEditPerson(ctx.actor, { cityId: input.cityId, organisationId: input.organisationId })) throw refuse();
  await checkReferences(ctx, input);
  return inTransaction(ctx, async (tx) => {
    const [row] = await tx.db
      .insert(people)
      .values({ ...columns(input), updatedBy: actorUserId(ctx.actor) })
      .returning({ id: people.id });
    const created = await getPerson(tx, row.id);
    await recordDomainEvent(tx, { entityType: 'person', entityId: row.id, action: 'create', after: auditView(created) });
    return created;
  });
}

export async function updatePerson(ctx: ServiceContext, id: string, input: UpdatePersonRequest): Promise<Person> {
  const current = await findVisible(ctx, id);
  // Moving a person needs the right to edit them both where they are and where they go.
  if (!canEditPerson(ctx.actor, current.row) || !canEditPerson(ctx.actor, input)) throw refuse();
  if (input.cityId !== current.row.cityId && !canMovePerson(ctx.actor, current.row)) throw refuse();
  await checkReferences(ctx, input);
  return inTransaction(ctx, async (tx) => {
    const before = present(tx, await findVisible(tx, id));
    await updateVersioned(tx, people, NOT_FOUND, id, input.version, columns(input));
    const after = await getPerson(tx, id);
    await recordDomainEvent(tx, { entityType: 'person', entityId: id, action: 'update', before: auditView(before), after: auditView(after) });
    return after;
  });
}

export async function deletePerson(ctx: ServiceContext, id: string): Promise<void> {
  const current = await findVisible(ctx, id);
  if (!canEditPerson(ctx.actor, current.row)) throw refuse();
  await inTransaction(ctx, async (tx) => {
    const deleted = await tx.db.delete(people).where(eq(people.id, id)).returning({ id: people.id });
    if (!deleted.length) throw notFound(NOT_FOUND);
    await recordDomainEvent(tx, { entityType: 'person', entityId: id, action: 'delete', before: auditView(present(tx, current)) });
  });
}

/**
 * Before an organisation is deleted its people stay on as contacts of the city; each change is
 * versioned and audited rather than left to the database's ON DELETE SET NULL.
 */
export async function detachPeopleFromOrganisation(ctx: ServiceContext, organisationId: string): Promise<void> {
  const rows = await selectAnyPeople(ctx, eq(people.organisationId, organisationId));
  const events: DomainEvent[] = [];
  for (const joined of rows) {
    const { id, version } = joined.row;
    await updateVersioned(ctx, people, NOT_FOUND, id, version, { organisationId: null });
    const before = auditView(present(ctx, joined));
    events.push({ entityType: 'person', entityId: id, action: 'update', before, after: { ...before, organisation: null, version: version + 1 } });
  }
  await recordDomainEvents(ctx, events);
}

/** Whether an organisation has any people at all (for its editors only; visibility is theirs). */
export async function organisationHasPeople(ctx: ServiceContext, organisationId: string): Promise<boolean> {
  const [row] = await ctx.db.select({ id: people.id }).from(people).where(eq(people.organisationId, organisationId)).limit(1);
  return !!row;
}
