import { z } from 'zod';
import { roles } from '../../shared/roles.ts';
import { displayNameSchema, emailSchema, passwordSchema, uiLocaleSchema } from './users.schemas.ts';

export const invitationStatuses = ['pending', 'accepted', 'expired', 'revoked'] as const;

export const createInvitationRequest = z
  .object({
    email: emailSchema,
    role: z.enum(roles),
    cityId: z.string().uuid().nullable().optional(),
    organisationId: z.string().uuid().nullable().optional(),
    /** Language of the invitation mail (default English). */
    locale: uiLocaleSchema.optional(),
  })
  .meta({ id: 'CreateInvitationRequest' });

export const invitationSchema = z
  .object({
    id: z.string().uuid(),
    email: z.string(),
    role: z.enum(roles),
    cityId: z.string().uuid().nullable(),
    cityName: z.string().nullable(),
    organisationId: z.string().uuid().nullable(),
    organisationName: z.string().nullable(),
    invitedByName: z.string().nullable(),
    status: z.enum(invitationStatuses),
    createdAt: z.string(),
    expiresAt: z.string(),
    acceptedAt: z.string().nullable(),
    revokedAt: z.string().nullable(),
  })
  .meta({ id: 'Invitation' });

/**
 * The answer to creating an invitation. Without SMTP the mail waits in the outbox, so the
 * inviter gets the link to pass on in person; with SMTP the link travels only by mail.
 */
export const createdInvitationSchema = invitationSchema
  .extend({ acceptLink: z.string().nullable().describe('Set only when no SMTP server is configured') })
  .meta({ id: 'CreatedInvitation' });

export const invitationListResponse = z.object({ items: z.array(invitationSchema) }).meta({ id: 'InvitationList' });

export const invitationLookupQuery = z.object({ token: z.string().min(10).max(200) });

export const invitationLookupResponse = z
  .object({
    email: z.string(),
    role: z.enum(roles),
    cityName: z.string().nullable(),
    organisationName: z.string().nullable(),
    valid: z.boolean(),
    /** Why the invitation can no longer be accepted; null while it is valid. */
    reason: z.enum(['expired', 'used', 'revoked']).nullable(),
  })
  .meta({ id: 'InvitationLookup' });

export const acceptInvitationRequest = z
  .object({
    token: z.string().min(10).max(200),
    displayName: displayNameSchema,
    password: passwordSchema,
  })
  .meta({ id: 'AcceptInvitationRequest' });

export type CreateInvitationRequest = z.infer<typeof createInvitationRequest>;
export type Invitation = z.infer<typeof invitationSchema>;
export type CreatedInvitation = z.infer<typeof createdInvitationSchema>;
export type InvitationLookup = z.infer<typeof invitationLookupResponse>;
export type AcceptInvitationRequest = z.infer<typeof acceptInvitationRequest>;
