import { eq } from 'drizzle-orm';
import type { ServiceContext } from '../../shared/context.ts';
import { organisations } from './organisations.table.ts';

/**
 * Demo only: dates an organisation's creation and last change to a past day (its offers and
 * requests carry no day of their own), so that the demo's profiles do not all look edited today.
 * No use case writes a past day.
 */
export async function backdateOrganisationEdits(ctx: Pick<ServiceContext, 'db'>, organisationId: string, day: Date): Promise<void> {
  await ctx.db.update(organisations).set({ createdAt: day, updatedAt: day }).where(eq(organisations.id, organisationId));
}
