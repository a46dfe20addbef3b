import { count, eq } from 'drizzle-orm';
import type { ServiceContext } from '../../shared/context.ts';
import { invitations, users } from './users.table.ts';

/** How many accounts and invitations (accepted, revoked and expired ones too) name an organisation: it may not be deleted while any do. */
export async function organisationAccountAndInvitationCount(ctx: ServiceContext, organisationId: string): Promise<number> {
  const [accounts] = await ctx.db.select({ n: count() }).from(users).where(eq(users.organisationId, organisationId));
  const [invited] = await ctx.db.select({ n: count() }).from(invitations).where(eq(invitations.organisationId, organisationId));
  return accounts.n + invited.n;
}
