import { z } from 'zod';
import type { ApiApp } from '../../http/api-app.ts';
import { errorResponses } from '../../http/error-body.ts';
import { passwordChangedResponse } from '../users/users.schemas.ts';
import { passwordResetComplete, passwordResetRequest } from './password-reset.schemas.ts';
import { completePasswordReset, requestPasswordReset } from './password-reset.service.ts';

const okResponse = z.object({ ok: z.literal(true) });

export default async function passwordResetRoutes(app: ApiApp) {
  // Public (rate-limited per address and per e-mail); the answer never tells whether the account exists.
  app.post(
    '/api/auth/password-reset/request',
    {
      config: { access: 'public' },
      schema: {
        tags: ['auth'],
        summary: 'Mail a password reset link, if an account has this address',
        body: passwordResetRequest,
        response: { 200: okResponse, ...errorResponses },
      },
    },
    async (request) => {
      await requestPasswordReset(request.ctx, request.body, { ip: request.ip });
      return { ok: true as const };
    },
  );

  // Public, for whoever holds a valid reset link (rate-limited per address).
  app.post(
    '/api/auth/password-reset/complete',
    {
      config: { access: 'public' },
      schema: {
        tags: ['auth'],
        summary: 'Set a new password with the token from the reset link; signs out all sessions and revokes API tokens and calendar feeds',
        body: passwordResetComplete,
        response: { 200: passwordChangedResponse, ...errorResponses },
      },
    },
    async (request) => {
      const revoked = await completePasswordReset(request.ctx, request.body, { ip: request.ip });
      return { ok: true as const, revoked };
    },
  );
}
