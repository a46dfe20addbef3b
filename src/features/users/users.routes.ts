import { z } from 'zod';
import type { ApiApp } from '../../http/api-app.ts';
import { requireAdmin, requireUser } from '../../http/auth-hooks.ts';
import { errorResponses } from '../../http/error-body.ts';
import { getMe, updateMe } from './account.service.ts';
import { updateMeRequest, updateUserRequest, userListResponse, userSchema } from './users.schemas.ts';
import { listUsers, updateUser } from './users.service.ts';

const idParams = z.object({ id: z.string().uuid() });

export default async function userRoutes(app: ApiApp) {
  // Admins (every account) and coordinators (accounts of their city and its organisations).
  app.get('/api/users', { schema: { tags: ['users'], summary: 'List accounts', response: { 200: userListResponse, ...errorResponses } } }, async (request) => {
    requireUser(request);
    return { items: await listUsers(request.ctx) };
  });

  // Admins only: role, city, organisation and whether the account is disabled.
  app.put(
    '/api/users/:id',
    {
      schema: {
        tags: ['users'],
        summary: 'Change the role, scope or access of an account (admins); send the version you read',
        params: idParams,
        body: updateUserRequest,
        response: { 200: userSchema, ...errorResponses },
      },
    },
    async (request) => {
      requireAdmin(request);
      return updateUser(request.ctx, request.params.id, request.body);
    },
  );

  // Any signed-in user: their own account.
  app.get('/api/me', { schema: { tags: ['users'], summary: 'Your own account', response: { 200: userSchema, ...errorResponses } } }, async (request) => {
    requireUser(request);
    return getMe(request.ctx);
  });

  // Any signed-in user: their own name and interface language.
  app.put(
    '/api/me',
    {
      schema: {
        tags: ['users'],
        summary: 'Change your name and interface language; send the version you read',
        body: updateMeRequest,
        response: { 200: userSchema, ...errorResponses },
      },
    },
    async (request) => {
      return updateMe(request.ctx, request.body);
    },
  );
}
