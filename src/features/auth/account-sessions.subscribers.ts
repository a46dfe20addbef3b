import type { DomainEvent, DomainEventSubscriber } from '../domain-events/index.ts';
import { deleteSessionsOfUser } from './sessions.ts';

const disabled = (snapshot: unknown) => (snapshot as { disabled?: unknown } | null | undefined)?.disabled === true;

/** An account that was enabled before the change and is disabled after it (users' `user` snapshots). */
const wasDisabled = (event: DomainEvent) => event.action === 'update' && event.before !== undefined && !disabled(event.before) && disabled(event.after);

/**
 * An administrator disabling an account signs it out everywhere, in the same transaction: users
 * records the change, auth owns the sessions.
 */
const signOutDisabledAccounts: DomainEventSubscriber = {
  name: 'auth.sign-out-disabled-accounts',
  entityTypes: ['user'],
  runs: 'in-transaction',
  async handle(ctx, events) {
    for (const event of events) if (wasDisabled(event)) await deleteSessionsOfUser(ctx.db, event.entityId);
  },
};

export default [signOutDisabledAccounts];
