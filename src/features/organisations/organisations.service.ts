import { and, asc, count, eq, inArray, type SQL } from 'drizzle-orm';
import { isUniqueViolation } from '../../db/unique-violation.ts';
import { updateVersioned } from '../../db/versioned-update.ts';
import { actorUserId } from '../../shared/actor.ts';
import { inTransaction, type ServiceContext } from '../../shared/context.ts';
import { duplicate, forbidden, invalid, notFound } from '../../shared/errors.ts';
import { foldForLookup } from '../../shared/text-normalize.ts';
import { recordDomainEvent } from '../domain-events/index.ts';
import { citySummariesByIds, citySummariesSubquery } from '../cities/index.ts';
import { organisationIdOrKey } from './find-organisation.ts';
import { todayIso } from './item-validity.ts';
import { organisationCompleteness } from './organisation-completeness.ts';
import { isPublished, loadOrganisationItems, syncOrganisationItems } from './organisation-items.ts';
import {
  canCreateOrganisation,
  canDeleteOrganisation,
  canEditOrganisation,
  canMoveOrganisation,
  canSeeUnpublishedItems,
  organisationAbilities,
} from './organisation-policy.ts';
import { organisationParts } from './organisation-contributions.ts';
import { checkOrganisationReferences, organisationColumns, uniqueKeyFromName } from './organisation-writes.ts';
import type {
  CreateOrganisationRequest,
  Organisation,
  OrganisationListQuery,
  OrganisationSummary,
  UpdateOrganisationRequest,
} from './organisations.schemas.ts';
import { organisations } from './organisations.table.ts';

const NOT_FOUND = 'The organisation';
type OrganisationRow = typeof organisations.$inferSelect;

function selectSummaries(ctx: ServiceContext, where: SQL | undefined) {
  const city = citySummariesSubquery();
  return ctx.db
    .select({
      id: organisations.id,
      key: organisations.key,
      name: organisations.name,
      kind: organisations.kind,
      city: { id: city.id, key: city.key, name: city.name, country: city.country },
      website: organisations.website,
      themes: organisations.themes,
    })
    .from(organisations)
    .innerJoin(city, eq(city.id, organisations.cityId))
    .where(where)
    .orderBy(asc(organisations.name), asc(organisations.id));
}

export async function listOrganisations(ctx: ServiceContext, query: OrganisationListQuery) {
  const { limit, offset } = query;
  const where = and(query.cityId ? eq(organisations.cityId, query.cityId) : undefined, query.kind ? eq(organisations.kind, query.kind) : undefined);
  const folded = query.q ? foldForLookup(query.q) : '';
  if (!folded) {
    const [{ total }] = await ctx.db.select({ total: count() }).from(organisations).where(where);
    const items: OrganisationSummary[] = await selectSummaries(ctx, where).limit(limit).offset(offset);
    return { items, total, limit, offset };
  }
  // Diacritics are folded in the application (foldForLookup), the same way on both engines;
  // only ids and names are read for the match, the page is then loaded by id.
  const candidates = await ctx.db
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(where)
    .orderBy(asc(organisations.name), asc(organisations.id));
  const matching = candidates.filter((c) => foldForLookup(c.name).includes(folded)).map((c) => c.id);
  const pageIds = matching.slice(offset, offset + limit);
  const items = pageIds.length ? await selectSummaries(ctx, inArray(organisations.id, pageIds)) : [];
  return { items, total: matching.length, limit, offset };
}

async function findRow(ctx: ServiceContext, idOrKey: string): Promise<OrganisationRow> {
  const [row] = await ctx.db.select().from(organisations).where(organisationIdOrKey(idOrKey));
  if (!row) throw notFound(NOT_FOUND);
  return row;
}

/** The stored record, the same for every reader: what the audit log keeps. */
async function loadRecord(ctx: ServiceContext, row: OrganisationRow) {
  const [city] = await citySummariesByIds(ctx, [row.cityId]);
  const items = await loadOrganisationItems(ctx, row.id, todayIso());
  return {
    id: row.id,
    key: row.key,
    name: row.name,
    kind: row.kind,
    city,
    website: row.website,
    languages: row.languages,
    concepts: row.concepts,
    description: row.description.map((d) => ({ lang: d.lang ?? null, text: d.text })),
    themes: row.themes,
    ...items,
    version: row.version,
  };
}

async function present(ctx: ServiceContext, row: OrganisationRow): Promise<Organisation> {
  const record = await loadRecord(ctx, row);
  const parts = await organisationParts();
  const insider = canSeeUnpublishedItems(ctx.actor, row);
  // Outsiders see what the city's coordinator approved and what still stands, nothing of the review.
  const published = (items: Organisation['offers']) => (insider ? items : items.filter(isPublished).map((i) => ({ ...i, reviewComment: null })));
  const completeness = insider
    ? organisationCompleteness({
        ...record,
        currentItems: [...record.offers, ...record.requests].filter((i) => i.status !== 'draft' && !i.expired).length,
        hasContactPerson: await parts.people.any(ctx, row.id),
      })
    : null;
  const [editor] = row.updatedBy ? await parts.authorNames.displayNames(ctx, [row.updatedBy]) : [];
  const can = organisationAbilities(ctx.actor, row);
  return {
    ...record,
    offers: published(record.offers),
    requests: published(record.requests),
    people: await parts.people.visible(ctx, row.id),
    completeness,
    can,
    canEdit: can.edit,
    canDelete: can.delete,
    updatedAt: row.updatedAt.toISOString(),
    updatedBy: editor ?? null,
  };
}

export async function getOrganisation(ctx: ServiceContext, idOrKey: string): Promise<Organisation> {
  return present(ctx, await findRow(ctx, idOrKey));
}

export async function createOrganisation(ctx: ServiceContext, input: CreateOrganisationRequest): Promise<Organisation> {
  if (!canCreateOrganisation(ctx.actor, input.cityId)) {
    throw forbidden('Only the coordinators of the city can add organisations to it.');
  }
  await checkOrganisationReferences(ctx, input);
  try {
    return await inTransaction(ctx, async (tx) => {
      let key = input.key;
      if (key) {
        const [taken] = await tx.db.select({ id: organisations.id }).from(organisations).where(eq(organisations.key, key));
        if (taken) throw duplicate('key', `An organisation with the key "${key}" exists already.`);
      } else {
        key = await uniqueKeyFromName(tx, input.name);
      }
      const [row] = await tx.db
        .insert(organisations)
        .values({ key, ...organisationColumns(input), updatedBy: actorUserId(ctx.actor) })
        .returning();
      await syncOrganisationItems(tx, row, input);
      await recordDomainEvent(tx, { entityType: 'organisation', entityId: row.id, action: 'create', after: await loadRecord(tx, row) });
      return present(tx, row);
    });
  } catch (err) {
    // Two editors may race for the same key; the unique index decides, and the loser gets a 409.
    if (isUniqueViolation(err)) throw duplicate('key', 'An organisation with this key exists already. Try again.');
    throw err;
  }
}

export async function updateOrganisation(ctx: ServiceContext, idOrKey: string, input: UpdateOrganisationRequest): Promise<Organisation> {
  const current = await findRow(ctx, idOrKey);
  if (!canEditOrganisation(ctx.actor, current)) throw forbidden('Only the organisation’s editors and its city’s coordinators can edit it.');
  // Moving an organisation to another city also needs the right to add organisations there.
  if (input.cityId !== current.cityId && !(canMoveOrganisation(ctx.actor, current) && canCreateOrganisation(ctx.actor, input.cityId))) {
    throw forbidden('Only the coordinators of the new city can move an organisation there.');
  }
  await checkOrganisationReferences(ctx, input);
  const { people } = await organisationParts();
  return inTransaction(ctx, async (tx) => {
    const [locked] = await tx.db.select().from(organisations).where(eq(organisations.id, current.id)).for('update');
    if (!locked) throw notFound(NOT_FOUND);
    // People must live in their organisation's city; moving them silently would change who sees them.
    if (input.cityId !== locked.cityId && (await people.any(tx, locked.id))) {
      throw invalid([{ path: 'cityId', rule: 'has_people', message: 'Move or remove the organisation’s people before changing its city.' }]);
    }
    const before = await loadRecord(tx, locked);
    const row = await updateVersioned(tx, organisations, NOT_FOUND, locked.id, input.version, organisationColumns(input));
    await syncOrganisationItems(tx, row, input);
    await recordDomainEvent(tx, { entityType: 'organisation', entityId: row.id, action: 'update', before, after: await loadRecord(tx, row) });
    return present(tx, row);
  });
}

export async function deleteOrganisation(ctx: ServiceContext, idOrKey: string): Promise<void> {
  const current = await findRow(ctx, idOrKey);
  if (!canDeleteOrganisation(ctx.actor, current)) throw forbidden('Only the coordinators of the organisation’s city can delete it.');
  const { deletion } = await organisationParts();
  await inTransaction(ctx, async (tx) => {
    // What other features hold of the organisation: accounts and invitations refuse the deletion
    // (users), people are detached one by one with their own history (people), before the row goes.
    for (const step of deletion) {
      const refusal = await step.refusal?.(tx, current.id);
      if (refusal) throw refusal;
    }
    const before = await loadRecord(tx, current);
    for (const step of deletion) await step.prepare?.(tx, current.id);
    const deleted = await tx.db.delete(organisations).where(eq(organisations.id, current.id)).returning({ id: organisations.id });
    if (!deleted.length) throw notFound(NOT_FOUND);
    await recordDomainEvent(tx, { entityType: 'organisation', entityId: current.id, action: 'delete', before });
  });
}
