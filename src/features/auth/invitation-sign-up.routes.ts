import type { ApiApp } from '../../http/api-app.ts';
import { setSessionCookie } from '../../http/auth-hooks.ts';
import { errorResponses } from '../../http/error-body.ts';
import { acceptInvitationRequest } from '../users/invitations.schemas.ts';
import { sessionResponse } from './auth.schemas.ts';
import { acceptInvitation } from './invitation-sign-up.service.ts';
import { sessionAbilitiesOf } from './session-abilities.ts';

export default async function invitationSignUpRoutes(app: ApiApp) {
  // Public, for whoever holds the link (rate-limited per address); signs the new user in.
  app.post(
    '/api/invitations/accept',
    {
      config: { access: 'public' },
      schema: {
        tags: ['invitations'],
        summary: 'Accept an invitation: creates the account and sets the session cookie',
        body: acceptInvitationRequest,
        response: { 200: sessionResponse, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { user, session } = await acceptInvitation(request.ctx, request.body, {
        ip: request.ip,
        userAgent: request.headers['user-agent'],
      });
      setSessionCookie(reply, request.ctx.config, session.token, session.expiresAt);
      const { id, email, displayName, role, cityId, organisationId } = user;
      const current = { id, email, displayName, role, cityId, organisationId };
      return { user: current, csrfToken: session.csrfToken, can: await sessionAbilitiesOf({ kind: 'user', ...current }) };
    },
  );
}
