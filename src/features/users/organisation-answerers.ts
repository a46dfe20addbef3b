import { and, eq, inArray, isNull, type SQL } from 'drizzle-orm';
import type { ServiceContext } from '../../shared/context.ts';
import { users } from './users.table.ts';

/** An active account as a mail goes to it: its address and language, and its role and scope. */
export interface AccountRecipient {
  id: string;
  email: string;
  locale: string | null;
  cityId: string | null;
  role: string;
  organisationId: string | null;
}

const recipientColumns = {
  id: users.id,
  email: users.email,
  locale: users.locale,
  cityId: users.cityId,
  role: users.role,
  organisationId: users.organisationId,
};

const activeAccounts = (ctx: ServiceContext, where: SQL | undefined) =>
  ctx.db
    .select(recipientColumns)
    .from(users)
    .where(and(where, isNull(users.disabledAt)))
    .orderBy(users.email);

/**
 * Who answers for an organisation: its active org-editors, or, when it has none, the active
 * coordinators of its city; by e-mail address.
 */
export async function organisationAnswerers(ctx: ServiceContext, org: { id: string; cityId: string }): Promise<AccountRecipient[]> {
  const editors = await activeAccounts(ctx, and(eq(users.role, 'org-editor'), eq(users.organisationId, org.id)));
  return editors.length ? editors : activeAccounts(ctx, and(eq(users.role, 'coordinator'), eq(users.cityId, org.cityId)));
}

/** The active (not disabled) accounts among these ids, in no particular order. */
export async function activeAccountsByIds(ctx: ServiceContext, ids: string[]): Promise<AccountRecipient[]> {
  if (!ids.length) return [];
  return ctx.db
    .select(recipientColumns)
    .from(users)
    .where(and(inArray(users.id, ids), isNull(users.disabledAt)));
}
