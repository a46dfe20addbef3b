import { readTogether } from '../../db/read-together.ts';
import type { ServiceContext } from '../../shared/context.ts';
import { agreementsOfPartnership } from './agreements/agreement-read.ts';
import { cityOffices } from '../cities/index.ts';
import { organisationsInCities } from '../organisations/index.ts';
import { userDisplayNames } from '../users/index.ts';
import { findPartnershipRow, type PartnershipRow } from './partnership-access.ts';
import { summarisePartnerships } from './partnership-summaries.ts';
import type { Partnership } from './partnerships.schemas.ts';
import { contributedTimelineEntries } from './timeline-contributions.ts';
import { timelineOfPartnership } from './timeline-events.service.ts';

export async function getPartnership(ctx: ServiceContext, idOrKey: string): Promise<Partnership> {
  return presentPartnership(ctx, await findPartnershipRow(ctx, idOrKey));
}

/** One partnership with everything its page shows: agreements, timeline, offices, organisations. */
export async function presentPartnership(ctx: ServiceContext, row: PartnershipRow): Promise<Partnership> {
  const [summary] = await summarisePartnerships(ctx, [row]);
  const cityIds = summary.cities.map((c) => c.id);
  const [officeRows, orgRows, agreements, events, contributed, updatedBy] = await readTogether(
    ctx.db,
    () => cityOffices(ctx, cityIds),
    () => organisationsInCities(ctx, cityIds),
    () => agreementsOfPartnership(ctx, row.id, cityIds),
    () => timelineOfPartnership(ctx, row.id, cityIds),
    () => contributedTimelineEntries(ctx, row.id, cityIds),
    () => lastEditor(ctx, row.updatedBy),
  );

  return {
    ...summary,
    description: row.description,
    agreements,
    // Hand-entered events and the entries other features contribute (the joint projects'), as the caller may see them, newest first.
    timeline: [...events, ...contributed].sort((a, b) => b.occurredOn.localeCompare(a.occurredOn) || b.updatedAt.localeCompare(a.updatedAt)),
    offices: summary.cities.map((city) => {
      const { id: _id, ...office } = officeRows.find((o) => o.id === city.id)!;
      return { city, ...office };
    }),
    memberOrganisations: summary.cities.map((city) => ({
      city,
      organisations: orgRows.filter((o) => o.cityId === city.id).map(({ cityId: _c, ...org }) => org),
    })),
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
    updatedBy,
  };
}

// Account names are not public: the public sees that a record changed, not who changed it.
async function lastEditor(ctx: ServiceContext, userId: string | null) {
  if (!userId || ctx.actor.kind === 'anonymous') return null;
  const [user] = await userDisplayNames(ctx, [userId]);
  return user ?? null;
}
