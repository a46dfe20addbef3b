import { and, asc, eq, isNull, type SQL } from 'drizzle-orm';
import type { ServiceContext } from '../../shared/context.ts';
import { users } from './users.table.ts';

export interface Mailbox {
  email: string;
  locale: string | null;
}

/** Where to mail an account (address and language), or undefined when it does not exist or is disabled. */
export async function enabledAccountMailbox(ctx: ServiceContext, userId: string): Promise<Mailbox | undefined> {
  const [mailbox] = await enabledMailboxes(ctx, eq(users.id, userId));
  return mailbox;
}

/** The enabled editors of an organisation, by e-mail address. */
export function organisationEditorMailboxes(ctx: ServiceContext, organisationId: string): Promise<Mailbox[]> {
  return enabledMailboxes(ctx, and(eq(users.role, 'org-editor'), eq(users.organisationId, organisationId)));
}

/** The enabled coordinators of a city, by e-mail address. */
export function cityCoordinatorMailboxes(ctx: ServiceContext, cityId: string): Promise<Mailbox[]> {
  return enabledMailboxes(ctx, and(eq(users.role, 'coordinator'), eq(users.cityId, cityId)));
}

function enabledMailboxes(ctx: ServiceContext, where: SQL | undefined): Promise<Mailbox[]> {
  return ctx.db
    .select({ email: users.email, locale: users.locale })
    .from(users)
    .where(and(where, isNull(users.disabledAt)))
    .orderBy(asc(users.email));
}
