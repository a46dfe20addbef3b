import { z } from 'zod';
import type { ApiApp } from '../../http/api-app.ts';
import { requireUser } from '../../http/auth-hooks.ts';
import { errorResponses } from '../../http/error-body.ts';
import { lookupInvitation } from './invitation-acceptance.service.ts';
import {
  createInvitationRequest,
  invitationListResponse,
  invitationLookupQuery,
  invitationLookupResponse,
  invitationSchema,
  createdInvitationSchema,
} from './invitations.schemas.ts';
import { createInvitation, listInvitations, revokeInvitation } from './invitations.service.ts';

const idParams = z.object({ id: z.string().uuid() });

export default async function invitationRoutes(app: ApiApp) {
  // Admins (any role) and coordinators (coordinators, organisation editors and members of their city).
  app.post(
    '/api/invitations',
    {
      schema: {
        tags: ['invitations'],
        summary: 'Invite someone by e-mail',
        body: createInvitationRequest,
        response: { 201: createdInvitationSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      return reply.status(201).send(await createInvitation(request.ctx, request.body));
    },
  );

  // Admins (all) and coordinators (their city's invitations).
  app.get(
    '/api/invitations',
    { schema: { tags: ['invitations'], summary: 'Invitations, newest first', response: { 200: invitationListResponse, ...errorResponses } } },
    async (request) => {
      requireUser(request);
      return { items: await listInvitations(request.ctx) };
    },
  );

  // Admins and the coordinators of the invitation's city.
  app.delete(
    '/api/invitations/:id',
    {
      schema: {
        tags: ['invitations'],
        summary: 'Withdraw an invitation that was not accepted yet',
        params: idParams,
        response: { 200: invitationSchema, ...errorResponses },
      },
    },
    async (request) => {
      return revokeInvitation(request.ctx, request.params.id);
    },
  );

  // Public, for whoever holds the link (rate-limited per address).
  app.get(
    '/api/invitations/lookup',
    {
      schema: {
        tags: ['invitations'],
        summary: 'What an invitation link offers, and whether it is still valid',
        querystring: invitationLookupQuery,
        response: { 200: invitationLookupResponse, ...errorResponses },
      },
    },
    async (request) => lookupInvitation(request.ctx, request.query.token, { ip: request.ip }),
  );
}
