import { updateVersioned } from '../../db/versioned-update.ts';
import { inTransaction, type ServiceContext } from '../../shared/context.ts';
import { unauthenticated } from '../../shared/errors.ts';
import { recordDomainEvent } from '../domain-events/index.ts';
import { selectUser, userAuditView } from './user-rows.ts';
import type { UpdateMeRequest, User } from './users.schemas.ts';
import { users } from './users.table.ts';

function currentUserId(ctx: ServiceContext): string {
  if (ctx.actor.kind !== 'user') throw unauthenticated();
  return ctx.actor.id;
}

export async function getMe(ctx: ServiceContext): Promise<User> {
  const user = await selectUser(ctx.db, currentUserId(ctx));
  if (!user) throw unauthenticated();
  return user;
}

export async function updateMe(ctx: ServiceContext, input: UpdateMeRequest): Promise<User> {
  const id = currentUserId(ctx);
  return inTransaction(ctx, async (tx) => {
    const before = await getMe(tx);
    await updateVersioned(tx, users, 'Your account', id, input.version, { displayName: input.displayName, locale: input.locale });
    const after = (await selectUser(tx.db, id))!;
    await recordDomainEvent(tx, { entityType: 'user', entityId: id, action: 'update', before: userAuditView(before), after: userAuditView(after) });
    return after;
  });
}
