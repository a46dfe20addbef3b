import { eq, sql } from 'drizzle-orm';
import { isAdmin } from '../../shared/actor.ts';
import { inTransaction, type ServiceContext } from '../../shared/context.ts';
import { AppError, duplicate, forbidden, notFound } from '../../shared/errors.ts';
import { hashSecret, newSecret } from '../../shared/secrets.ts';
import { recordDomainEvent } from '../domain-events/index.ts';
import { enqueueMail } from '../mail/index.ts';
import { invitationMail } from '../mail/index.ts';
import { invitationAuditView, selectInvitation, selectInvitations } from './invitation-rows.ts';
import type { CreatedInvitation, CreateInvitationRequest, Invitation } from './invitations.schemas.ts';
import { canInvite, canManageInvitation, coordinatorCityId, mayInviteAnyone } from './user-policy.ts';
import { emailTaken, resolveRoleScope } from './user-rows.ts';
import { invitations } from './users.table.ts';

export function invitationLink(publicUrl: string, token: string) {
  return `${publicUrl}/invitations/accept?token=${encodeURIComponent(token)}`;
}

/** Invites someone by e-mail; the mail (with the only copy of the token) goes through the outbox. */
export async function createInvitation(ctx: ServiceContext, input: CreateInvitationRequest): Promise<CreatedInvitation> {
  if (!mayInviteAnyone(ctx.actor)) throw forbidden('Only administrators and coordinators can invite people.');
  if (input.role === 'admin' && !isAdmin(ctx.actor)) throw forbidden('Only administrators can invite administrators.');
  // A coordinator's invitation is for their own city unless an organisation names the city.
  const requestedCity = input.cityId ?? (input.organisationId ? null : coordinatorCityId(ctx.actor));
  return inTransaction(ctx, async (tx) => {
    const scope = await resolveRoleScope(tx.db, input.role, { cityId: requestedCity, organisationId: input.organisationId });
    if (!canInvite(ctx.actor, { role: input.role, cityId: scope.cityId })) {
      throw forbidden('Coordinators can invite people for their own city only.');
    }
    if (await emailTaken(tx.db, input.email)) {
      throw duplicate('email', `An account with the e-mail address ${input.email} exists already.`);
    }
    const token = newSecret();
    const [row] = await tx.db
      .insert(invitations)
      .values({
        email: input.email,
        role: input.role,
        ...scope,
        tokenHash: hashSecret(token),
        invitedBy: ctx.actor.kind === 'user' ? ctx.actor.id : null,
        expiresAt: sql`now() + interval '7 days'`,
      })
      .returning({ id: invitations.id });
    const invitation = (await selectInvitation(tx.db, row.id))!;
    const link = invitationLink(ctx.config.publicUrl, token);
    const mail = invitationMail(input.locale, {
      link,
      inviterName: invitation.invitedByName,
      role: invitation.role,
      cityName: invitation.cityName,
      organisationName: invitation.organisationName,
    });
    await enqueueMail(tx.db, ctx.config, { to: input.email, ...mail, purpose: 'invitation' });
    await recordDomainEvent(tx, { entityType: 'invitation', entityId: row.id, action: 'create', after: invitationAuditView(invitation) });
    return { ...invitation, acceptLink: ctx.config.smtpUrl ? null : link };
  });
}

export async function listInvitations(ctx: ServiceContext): Promise<Invitation[]> {
  if (!mayInviteAnyone(ctx.actor)) throw forbidden('Only administrators and coordinators can see invitations.');
  if (isAdmin(ctx.actor)) return selectInvitations(ctx.db, undefined);
  return selectInvitations(ctx.db, eq(invitations.cityId, coordinatorCityId(ctx.actor) as string));
}

/** Withdraws an invitation that was not accepted yet; withdrawing twice is harmless. */
export async function revokeInvitation(ctx: ServiceContext, id: string): Promise<Invitation> {
  if (!mayInviteAnyone(ctx.actor)) throw forbidden('Only administrators and coordinators can withdraw invitations.');
  return inTransaction(ctx, async (tx) => {
    const before = await selectInvitation(tx.db, id);
    if (!before) throw notFound('The invitation');
    if (!canManageInvitation(ctx.actor, before)) throw forbidden('Coordinators can withdraw invitations for their own city only.');
    if (before.status === 'accepted') {
      throw new AppError('invitation_accepted', 409, 'This invitation was accepted already; disable the account instead.');
    }
    if (before.revokedAt) return before;
    await tx.db.update(invitations).set({ revokedAt: new Date() }).where(eq(invitations.id, id));
    const after = (await selectInvitation(tx.db, id))!;
    await recordDomainEvent(tx, {
      entityType: 'invitation',
      entityId: id,
      action: 'update',
      before: invitationAuditView(before),
      after: invitationAuditView(after),
    });
    return after;
  });
}
