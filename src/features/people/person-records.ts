import { asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { ServiceContext } from '../../shared/context.ts';
import { organisationSummariesSubquery } from '../organisations/index.ts';
import { people } from './people.table.ts';

// Whole stored person records, whatever their consent: only for callers that decide themselves
// what a reader may see (canSeePerson) or that rebuild derived rows (the search index).

export type PersonRecord = typeof people.$inferSelect;

/** The people of an organisation, by name. */
export async function peopleOfOrganisationByName(ctx: ServiceContext, organisationId: string): Promise<PersonRecord[]> {
  return ctx.db.select().from(people).where(eq(people.organisationId, organisationId)).orderBy(asc(people.name));
}

/** The people of these organisations, in no particular order. */
export async function peopleOfOrganisations(ctx: ServiceContext, organisationIds: string[]): Promise<PersonRecord[]> {
  return ctx.db.select().from(people).where(inArray(people.organisationId, organisationIds));
}

/** The people with these ids, each with the name and kind of their organisation (null without one). */
export async function peopleWithOrganisation(
  ctx: ServiceContext,
  ids: string[],
): Promise<{ person: PersonRecord; org: { name: string; kind: string } | null }[]> {
  const org = organisationSummariesSubquery('org');
  return ctx.db
    .select({ person: people, org: { name: org.name, kind: org.kind } })
    .from(people)
    .leftJoin(org, eq(org.id, people.organisationId))
    .where(inArray(people.id, ids));
}

/** The ids of the people without an organisation. */
export async function idsOfPeopleWithoutOrganisation(ctx: ServiceContext): Promise<string[]> {
  const rows = await ctx.db.select({ id: people.id }).from(people).where(isNull(people.organisationId));
  return rows.map((r) => r.id);
}

/** How many person records there are. */
export async function peopleCount(ctx: ServiceContext): Promise<number> {
  const [{ n }] = await ctx.db.select({ n: sql<number>`count(*)::int` }).from(people);
  return Number(n);
}

/** Whether there is any person record at all (one row is read). */
export async function anyPersonExists(ctx: ServiceContext): Promise<boolean> {
  const [row] = await ctx.db.select({ id: people.id }).from(people).limit(1);
  return !!row;
}
