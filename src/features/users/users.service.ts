import { eq, inArray, or } from 'drizzle-orm';
import { isUniqueViolation } from '../../db/unique-violation.ts';
import { updateVersioned } from '../../db/versioned-update.ts';
import { isAdmin } from '../../shared/actor.ts';
import { inTransaction, type ServiceContext } from '../../shared/context.ts';
import { duplicate, forbidden, invalid, notFound } from '../../shared/errors.ts';
import { generatePassword, hashPassword } from '../../shared/secrets.ts';
import { recordDomainEvent } from '../domain-events/index.ts';
import type { Role } from '../../shared/roles.ts';
import { organisationSummariesSubquery } from '../organisations/index.ts';
import { parseInput } from '../../shared/parse-input.ts';
import { canListUsers, canManageUsers } from './user-policy.ts';
import { emailTaken, resolveRoleScope, selectUser, selectUsers, userAuditView } from './user-rows.ts';
import { createUserInput, type CreateUserInput, type UpdateUserRequest, type User } from './users.schemas.ts';
import { users } from './users.table.ts';

export async function listUsers(ctx: ServiceContext): Promise<User[]> {
  if (!canListUsers(ctx.actor)) throw forbidden('Only administrators and coordinators can list accounts.');
  if (isAdmin(ctx.actor) || ctx.actor.kind !== 'user') return selectUsers(ctx.db, undefined);
  const cityId = ctx.actor.cityId as string;
  const organisation = organisationSummariesSubquery('organisation');
  const orgsOfCity = ctx.db.select({ id: organisation.id }).from(organisation).where(eq(organisation.cityId, cityId));
  return selectUsers(ctx.db, or(eq(users.cityId, cityId), inArray(users.organisationId, orgsOfCity)));
}

export interface NewUserRow {
  email: string;
  displayName: string;
  role: Role;
  cityId: string | null;
  organisationId: string | null;
  /** Null for an account that signs in only through single sign-on. */
  passwordHash: string | null;
  locale?: string | null;
}

/** Inserts an account and records it in the audit log; shared by createUser and invitations. */
export async function insertUser(ctx: ServiceContext, values: NewUserRow): Promise<User> {
  const taken = () => duplicate('email', `An account with the e-mail address ${values.email} exists already.`);
  if (await emailTaken(ctx.db, values.email)) throw taken();
  let id: string;
  try {
    [{ id }] = await ctx.db.insert(users).values(values).returning({ id: users.id });
  } catch (err) {
    if (isUniqueViolation(err)) throw taken();
    throw err;
  }
  const user = (await selectUser(ctx.db, id))!;
  await recordDomainEvent(ctx, { entityType: 'user', entityId: id, action: 'create', after: userAuditView(user) });
  return user;
}

/**
 * Creates an account directly (admins, and the CLI as the system). Without a password one is
 * generated and returned once, for the operator to pass on.
 */
export async function createUser(ctx: ServiceContext, rawInput: CreateUserInput): Promise<{ user: User; generatedPassword: string | null }> {
  if (!canManageUsers(ctx.actor)) throw forbidden('Only platform administrators can create accounts.');
  const input = parseInput(createUserInput, rawInput);
  const generatedPassword = input.password ? null : generatePassword();
  const passwordHash = await hashPassword(input.password ?? (generatedPassword as string));
  return inTransaction(ctx, async (tx) => {
    const scope = await resolveRoleScope(tx.db, input.role, input);
    const user = await insertUser(tx, {
      email: input.email,
      displayName: input.displayName,
      role: input.role,
      ...scope,
      passwordHash,
    });
    return { user, generatedPassword };
  });
}

/**
 * Role, scope and access of an account (admins). Disabling signs the user out everywhere: auth
 * deletes the account's sessions when the event says it was disabled.
 */
export async function updateUser(ctx: ServiceContext, id: string, input: UpdateUserRequest): Promise<User> {
  if (!canManageUsers(ctx.actor)) throw forbidden('Only platform administrators can change accounts.');
  const before = await selectUser(ctx.db, id);
  if (!before) throw notFound('The user');
  // An administrator locking themselves out would need database access to undo it.
  if (ctx.actor.kind === 'user' && ctx.actor.id === id) {
    if (input.disabled) throw invalid([{ path: 'disabled', rule: 'self', message: 'You cannot disable your own account.' }]);
    if (input.role !== 'admin') throw invalid([{ path: 'role', rule: 'self', message: 'You cannot remove your own administrator role.' }]);
  }
  return inTransaction(ctx, async (tx) => {
    const scope = await resolveRoleScope(tx.db, input.role, input);
    const disabledAt = input.disabled ? (before.disabledAt ? new Date(before.disabledAt) : new Date()) : null;
    await updateVersioned(tx, users, 'The user', id, input.version, { role: input.role, ...scope, disabledAt });
    const after = (await selectUser(tx.db, id))!;
    await recordDomainEvent(tx, { entityType: 'user', entityId: id, action: 'update', before: userAuditView(before), after: userAuditView(after) });
    return after;
  });
}
