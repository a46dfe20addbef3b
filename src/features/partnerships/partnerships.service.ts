import { asc, eq } from 'drizzle-orm';
import { updateVersioned } from '../../db/versioned-update.ts';
import { actorUserId } from '../../shared/actor.ts';
import { inTransaction, type ServiceContext } from '../../shared/context.ts';
import { duplicate, forbidden, invalid, unauthenticated, type FieldError } from '../../shared/errors.ts';
import { recordDomainEvent } from '../domain-events/index.ts';
import { existingCityIds } from '../cities/index.ts';
import { existingThemeKeys } from '../themes/index.ts';
import { findPartnershipRow, requirePartnershipEditor, type PartnershipRow } from './partnership-access.ts';
import { presentPartnership } from './partnership-detail.ts';
import { canCreatePartnership, canDeletePartnership } from './partnership-policy.ts';
import { summarisePartnerships } from './partnership-summaries.ts';
import type {
  CreatePartnershipRequest,
  Partnership,
  PartnershipSummary,
  UpdatePartnershipRequest,
  UpdatePartnershipThemesRequest,
} from './partnerships.schemas.ts';
import { partnershipCities, partnerships, partnershipThemes } from './partnerships.table.ts';

export async function listPartnerships(ctx: ServiceContext): Promise<PartnershipSummary[]> {
  return summarisePartnerships(ctx, await ctx.db.select().from(partnerships).orderBy(asc(partnerships.name)));
}

export async function createPartnership(ctx: ServiceContext, input: CreatePartnershipRequest): Promise<Partnership> {
  if (ctx.actor.kind === 'anonymous') throw unauthenticated();
  if (!canCreatePartnership(ctx.actor, input.cities)) {
    throw forbidden('Coordinators can only start partnerships their own city takes part in.');
  }
  return inTransaction(ctx, async (tx) => {
    await validateReferences(tx, input);
    const [existing] = await tx.db.select({ id: partnerships.id }).from(partnerships).where(eq(partnerships.key, input.key));
    if (existing) throw duplicate('key', `A partnership with the key "${input.key}" exists already.`);
    const [row] = await tx.db
      .insert(partnerships)
      .values({
        key: input.key,
        name: input.name,
        kind: input.kind,
        status: input.status,
        since: input.since ?? null,
        description: input.description,
        updatedBy: actorUserId(ctx.actor),
      })
      .returning();
    await replaceCities(tx, row.id, input.cities);
    await replaceThemes(tx, row.id, input.themes);
    await recordDomainEvent(tx, { entityType: 'partnership', entityId: row.id, action: 'create', after: await snapshot(tx, row) });
    return presentPartnership(tx, row);
  });
}

export async function updatePartnership(ctx: ServiceContext, idOrKey: string, input: UpdatePartnershipRequest): Promise<Partnership> {
  return inTransaction(ctx, async (tx) => {
    const current = await findPartnershipRow(tx, idOrKey);
    await requirePartnershipEditor(tx, current.id);
    // Otherwise a coordinator could hand the record over to other cities, or lock themselves out.
    if (!canCreatePartnership(ctx.actor, input.cities)) {
      throw forbidden('Your own city must stay a member of the partnership; ask an administrator to change that.');
    }
    await validateReferences(tx, input);
    const before = await snapshot(tx, current);
    const row = await updateVersioned(tx, partnerships, 'The partnership', current.id, input.version, {
      name: input.name,
      kind: input.kind,
      status: input.status,
      since: input.since ?? null,
      description: input.description,
    });
    await replaceCities(tx, row.id, input.cities);
    await replaceThemes(tx, row.id, input.themes);
    await recordDomainEvent(tx, { entityType: 'partnership', entityId: row.id, action: 'update', before, after: await snapshot(tx, row) });
    return presentPartnership(tx, row);
  });
}

/** The quick theme editor: changes only the themes, under the same version check. */
export async function updatePartnershipThemes(ctx: ServiceContext, idOrKey: string, input: UpdatePartnershipThemesRequest): Promise<Partnership> {
  return inTransaction(ctx, async (tx) => {
    const current = await findPartnershipRow(tx, idOrKey);
    await requirePartnershipEditor(tx, current.id);
    await validateReferences(tx, { themes: input.themes });
    const before = await snapshot(tx, current);
    const row = await updateVersioned(tx, partnerships, 'The partnership', current.id, input.version, {});
    await replaceThemes(tx, row.id, input.themes);
    await recordDomainEvent(tx, { entityType: 'partnership', entityId: row.id, action: 'update', before, after: await snapshot(tx, row) });
    return presentPartnership(tx, row);
  });
}

export async function deletePartnership(ctx: ServiceContext, idOrKey: string): Promise<void> {
  if (ctx.actor.kind === 'anonymous') throw unauthenticated();
  if (!canDeletePartnership(ctx.actor)) throw forbidden('Only platform administrators can delete partnerships.');
  await inTransaction(ctx, async (tx) => {
    const current = await findPartnershipRow(tx, idOrKey);
    const before = await snapshot(tx, current);
    await tx.db.delete(partnerships).where(eq(partnerships.id, current.id));
    await recordDomainEvent(tx, { entityType: 'partnership', entityId: current.id, action: 'delete', before });
  });
}

/** Member cities must exist and themes must be in the catalogue; each bad entry is named. */
async function validateReferences(ctx: ServiceContext, input: { cities?: string[]; themes?: string[] }) {
  const fields: FieldError[] = [];
  if (input.cities) {
    const found = await existingCityIds(ctx, input.cities);
    input.cities.forEach((id, i) => {
      if (input.cities!.indexOf(id) !== i) fields.push({ path: `cities.${i}`, rule: 'duplicate', message: 'This city is listed twice.' });
      else if (!found.has(id)) fields.push({ path: `cities.${i}`, rule: 'not_found', message: 'There is no city with this id.' });
    });
  }
  if (input.themes) {
    const known = await existingThemeKeys(ctx, input.themes);
    input.themes.forEach((key, i) => {
      if (input.themes!.indexOf(key) !== i) fields.push({ path: `themes.${i}`, rule: 'duplicate', message: 'This theme is listed twice.' });
      else if (!known.has(key)) fields.push({ path: `themes.${i}`, rule: 'unknown_theme', message: `"${key}" is not a known theme.` });
    });
  }
  if (fields.length) throw invalid(fields);
}

async function replaceCities(ctx: ServiceContext, partnershipId: string, cityIds: string[]) {
  await ctx.db.delete(partnershipCities).where(eq(partnershipCities.partnershipId, partnershipId));
  await ctx.db.insert(partnershipCities).values(cityIds.map((cityId, position) => ({ partnershipId, cityId, position })));
}

async function replaceThemes(ctx: ServiceContext, partnershipId: string, themeKeys: string[]) {
  await ctx.db.delete(partnershipThemes).where(eq(partnershipThemes.partnershipId, partnershipId));
  if (themeKeys.length) {
    await ctx.db.insert(partnershipThemes).values(themeKeys.map((themeKey, position) => ({ partnershipId, themeKey, position })));
  }
}

/** What the history shows of a partnership: its own fields, member cities by key, theme keys. */
async function snapshot(ctx: ServiceContext, row: PartnershipRow) {
  const [summary] = await summarisePartnerships(ctx, [row]);
  return {
    id: row.id,
    key: row.key,
    name: row.name,
    kind: row.kind,
    status: row.status,
    since: row.since,
    description: row.description,
    cities: summary.cities.map((c) => c.key),
    themes: summary.themes,
    version: row.version,
  };
}
