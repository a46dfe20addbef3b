import { asc, eq, or, sql } from 'drizzle-orm';
import { updateVersioned } from '../../db/versioned-update.ts';
import { actorUserId } from '../../shared/actor.ts';
import { inTransaction, type ServiceContext } from '../../shared/context.ts';
import { duplicate, forbidden, notFound } from '../../shared/errors.ts';
import { foldForLookup } from '../../shared/text-normalize.ts';
import { isUuid } from '../../shared/uuid.ts';
import { recordDomainEvent } from '../domain-events/index.ts';
import { canCreateCity, canEditCity } from './city-policy.ts';
import type { City, CitySummary, CreateCityRequest, UpdateCityRequest } from './cities.schemas.ts';
import { cities, cityAliases } from './cities.table.ts';
import { citySummariesByIds } from './city-summaries.ts';
import { cityPartnerships } from './city-page-contributions.ts';

type CityRow = typeof cities.$inferSelect;

function officeColumns(input: CreateCityRequest | UpdateCityRequest) {
  return {
    officeName: input.office?.name ?? null,
    officeAddress: input.office?.address ?? null,
    officeEmail: input.office?.email ?? null,
    officePhone: input.office?.phone ?? null,
  };
}

/** Replaces a city's aliases; the same alias twice (after folding) is kept once. */
export async function replaceCityAliases(ctx: ServiceContext, cityId: string, aliases: CreateCityRequest['aliases']) {
  await ctx.db.delete(cityAliases).where(eq(cityAliases.cityId, cityId));
  const seen = new Set<string>();
  const rows = (aliases ?? [])
    .map((a) => ({ cityId, name: a.name, lang: a.lang ?? null, normalized: foldForLookup(a.name) }))
    .filter((a) => !seen.has(a.normalized) && seen.add(a.normalized));
  if (rows.length) await ctx.db.insert(cityAliases).values(rows);
}

export async function listCities(ctx: ServiceContext, query: { q?: string } = {}): Promise<CitySummary[]> {
  const select = { id: cities.id, key: cities.key, name: cities.name, country: cities.country };
  if (!query.q) return ctx.db.select(select).from(cities).orderBy(asc(cities.name));
  const folded = foldForLookup(query.q);
  const ids = await findCityIdsByName(ctx, query.q);
  // Exact key, name or alias matches first, then cities whose folded name contains the query.
  const partial = await ctx.db
    .select(select)
    .from(cities)
    .where(sql`strpos(${cities.nameNormalized}, ${folded}) > 0`)
    .orderBy(asc(cities.name));
  const exact = await citySummariesByIds(ctx, ids);
  exact.sort((a, b) => a.name.localeCompare(b.name));
  return [...exact, ...partial.filter((c) => !ids.includes(c.id))];
}

/** Cities whose key, name or any alias equals the given text, ignoring case and diacritics. */
export async function findCityIdsByName(ctx: ServiceContext, text: string): Promise<string[]> {
  const folded = foldForLookup(text);
  const rows = await ctx.db
    .selectDistinct({ id: cities.id })
    .from(cities)
    .leftJoin(cityAliases, eq(cityAliases.cityId, cities.id))
    .where(or(eq(cities.key, text.trim().toLowerCase()), eq(cities.nameNormalized, folded), eq(cityAliases.normalized, folded)));
  return rows.map((r) => r.id);
}

export async function getCity(ctx: ServiceContext, idOrKey: string): Promise<City> {
  const [row] = await ctx.db
    .select()
    .from(cities)
    .where(isUuid(idOrKey) ? eq(cities.id, idOrKey) : eq(cities.key, idOrKey));
  if (!row) throw notFound('The city');
  return presentCity(ctx, row);
}

async function presentCity(ctx: ServiceContext, row: CityRow): Promise<City> {
  const aliases = await ctx.db
    .select({ name: cityAliases.name, lang: cityAliases.lang })
    .from(cityAliases)
    .where(eq(cityAliases.cityId, row.id))
    .orderBy(asc(cityAliases.name));
  const memberOf = await cityPartnerships(ctx, row.id);
  return {
    id: row.id,
    key: row.key,
    name: row.name,
    country: row.country,
    latitude: row.latitude,
    longitude: row.longitude,
    population: row.population,
    timeZone: row.timeZone,
    office: { name: row.officeName, address: row.officeAddress, email: row.officeEmail, phone: row.officePhone },
    aliases,
    partnerships: memberOf,
    canEdit: canEditCity(ctx.actor, row.id),
    can: { edit: canEditCity(ctx.actor, row.id) },
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  };
}

export async function createCity(ctx: ServiceContext, input: CreateCityRequest): Promise<City> {
  if (!canCreateCity(ctx.actor)) throw forbidden('Only platform administrators can add cities.');
  return inTransaction(ctx, async (tx) => {
    const [existing] = await tx.db.select({ id: cities.id }).from(cities).where(eq(cities.key, input.key));
    if (existing) throw duplicate('key', `A city with the key "${input.key}" exists already.`);
    const [row] = await tx.db
      .insert(cities)
      .values({
        key: input.key,
        name: input.name,
        nameNormalized: foldForLookup(input.name),
        country: input.country,
        latitude: input.latitude ?? null,
        longitude: input.longitude ?? null,
        population: input.population ?? null,
        timeZone: input.timeZone ?? null,
        ...officeColumns(input),
        updatedBy: actorUserId(ctx.actor),
      })
      .returning();
    await replaceCityAliases(tx, row.id, input.aliases);
    const created = await presentCity(tx, row);
    await recordDomainEvent(tx, { entityType: 'city', entityId: row.id, action: 'create', after: auditView(created) });
    return created;
  });
}

export async function updateCity(ctx: ServiceContext, id: string, input: UpdateCityRequest): Promise<City> {
  const before = await getCity(ctx, id);
  if (!canEditCity(ctx.actor, before.id)) throw forbidden('Only the city’s coordinators can edit it.');
  return inTransaction(ctx, async (tx) => {
    const row = await updateVersioned(tx, cities, 'The city', before.id, input.version, {
      name: input.name,
      nameNormalized: foldForLookup(input.name),
      country: input.country,
      latitude: input.latitude ?? null,
      longitude: input.longitude ?? null,
      population: input.population ?? null,
      timeZone: input.timeZone ?? null,
      ...officeColumns(input),
    });
    if (input.aliases) await replaceCityAliases(tx, row.id, input.aliases);
    const after = await presentCity(tx, row);
    await recordDomainEvent(tx, { entityType: 'city', entityId: row.id, action: 'update', before: auditView(before), after: auditView(after) });
    return after;
  });
}

/** The audit snapshot leaves out derived, reader-dependent fields. */
function auditView(city: City) {
  const { canEdit: _c, can: _can, partnerships: _p, updatedAt: _u, ...rest } = city;
  return rest;
}
