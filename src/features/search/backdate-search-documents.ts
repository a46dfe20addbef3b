import { eq } from 'drizzle-orm';
import type { ServiceContext } from '../../shared/context.ts';
import { searchDocuments } from './search.table.ts';

/**
 * Demo only: the search rows of an organisation (its profile, offers and requests, its people)
 * carry the profile's day too, which matching reads; the demo seed dates them with the
 * organisation (backdateOrganisationEdits). No use case writes a past day.
 */
export async function backdateOrganisationSearchDocuments(ctx: Pick<ServiceContext, 'db'>, organisationId: string, day: Date): Promise<void> {
  await ctx.db.update(searchDocuments).set({ updatedAt: day }).where(eq(searchDocuments.organisationId, organisationId));
}
