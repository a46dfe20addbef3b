import { asc, eq, inArray } from 'drizzle-orm';
import { isAdmin } from '../../shared/actor.ts';
import type { ServiceContext } from '../../shared/context.ts';
import { unauthenticated } from '../../shared/errors.ts';
import { organisationCityId } from '../organisations/index.ts';
import { summarisePartnerships } from './partnership-summaries.ts';
import type { Dashboard } from './partnerships.schemas.ts';
import { partnershipCities, partnerships } from './partnerships.table.ts';

/**
 * The partnerships a signed-in user works on: those of their own city. Organisation editors
 * belong to their organisation's city. Administrators look after all of them.
 */
export async function dashboardPartnerships(ctx: ServiceContext): Promise<Dashboard> {
  const actor = ctx.actor;
  if (actor.kind === 'anonymous') throw unauthenticated();
  if (isAdmin(actor))
    return { covers: 'all', items: await summarisePartnerships(ctx, await ctx.db.select().from(partnerships).orderBy(asc(partnerships.name))) };
  const cityId = await homeCityId(ctx);
  if (!cityId) return { covers: 'own-city', items: [] };
  const rows = await ctx.db
    .select()
    .from(partnerships)
    .where(inArray(partnerships.id, ctx.db.select({ id: partnershipCities.partnershipId }).from(partnershipCities).where(eq(partnershipCities.cityId, cityId))))
    .orderBy(asc(partnerships.name));
  return { covers: 'own-city', items: await summarisePartnerships(ctx, rows) };
}

async function homeCityId(ctx: ServiceContext): Promise<string | null> {
  const actor = ctx.actor;
  if (actor.kind !== 'user') return null;
  const viaOrganisation = async () => {
    if (!actor.organisationId) return null;
    return organisationCityId(ctx, actor.organisationId);
  };
  if (actor.role === 'org-editor') return (await viaOrganisation()) ?? actor.cityId;
  return actor.cityId ?? (await viaOrganisation());
}
