import type { ApiApp } from '../../http/api-app.ts';
import { errorResponses } from '../../http/error-body.ts';
import { changePasswordRequest, passwordChangedResponse } from '../users/users.schemas.ts';
import { changeOwnPassword } from './own-password.service.ts';

export default async function ownPasswordRoutes(app: ApiApp) {
  // Any signed-in user, knowing their current password; other sessions are signed out and the
  // user's API tokens and calendar feed links revoked.
  app.post(
    '/api/me/password',
    {
      schema: {
        tags: ['users'],
        summary: 'Change your password; signs out other sessions and revokes your API tokens and calendar feeds',
        body: changePasswordRequest,
        response: { 200: passwordChangedResponse, ...errorResponses },
      },
    },
    async (request) => {
      const revoked = await changeOwnPassword(request.ctx, request.body, request.session?.id ?? null);
      return { ok: true as const, revoked };
    },
  );
}
