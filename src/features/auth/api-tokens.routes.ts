import { z } from 'zod';
import type { ApiApp } from '../../http/api-app.ts';
import { requireUser } from '../../http/auth-hooks.ts';
import { errorResponses } from '../../http/error-body.ts';
import { apiTokenListResponse, apiTokenSchema, createApiTokenRequest, createdApiTokenSchema } from './api-tokens.schemas.ts';
import { createApiToken, listOwnApiTokens, revokeApiToken } from './api-tokens.service.ts';

const idParams = z.object({ id: z.string().uuid() });

export default async function apiTokenRoutes(app: ApiApp) {
  // Any signed-in user, for themselves.
  app.post(
    '/api/tokens',
    {
      schema: {
        tags: ['tokens'],
        summary: 'Create an API token; the secret is shown only in this answer',
        body: createApiTokenRequest,
        response: { 201: createdApiTokenSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      return reply.status(201).send(await createApiToken(request.ctx, request.body));
    },
  );

  // Any signed-in user: their own tokens, without secrets.
  app.get(
    '/api/tokens',
    { schema: { tags: ['tokens'], summary: 'Your API tokens', response: { 200: apiTokenListResponse, ...errorResponses } } },
    async (request) => {
      requireUser(request);
      return { items: await listOwnApiTokens(request.ctx) };
    },
  );

  // The token's owner; admins for any token.
  app.delete(
    '/api/tokens/:id',
    {
      schema: {
        tags: ['tokens'],
        summary: 'Revoke an API token',
        params: idParams,
        response: { 200: apiTokenSchema, ...errorResponses },
      },
    },
    async (request) => {
      return revokeApiToken(request.ctx, request.params.id);
    },
  );
}
