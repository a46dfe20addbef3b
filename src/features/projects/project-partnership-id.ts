import { eq } from 'drizzle-orm';
import type { ServiceContext } from '../../shared/context.ts';
import { projects } from './projects.table.ts';

/** The partnership and title of a project, or null when there is no project with this id (another feature links to it). */
export async function projectPartnershipId(ctx: ServiceContext, projectId: string): Promise<{ partnershipId: string; title: string } | null> {
  const [row] = await ctx.db.select({ partnershipId: projects.partnershipId, title: projects.title }).from(projects).where(eq(projects.id, projectId));
  return row ?? null;
}
