import { z } from 'zod';
import type { ApiApp } from '../../http/api-app.ts';
import { clearSessionCookie, requireAdmin, requireUser } from '../../http/auth-hooks.ts';
import { attachmentDisposition } from '../../http/content-disposition.ts';
import { errorResponses } from '../../http/error-body.ts';
import { erasePerson } from './erase-person.ts';
import { eraseOwnAccount, eraseUser } from './erase-user.ts';
import { exportMyData } from './export-my-data.ts';
import { eraseMeRequest, erasedResponse } from './personal-data.schemas.ts';

const tags = ['personal data'];
const idParams = z.object({ id: z.string().uuid() });

export default async function personalDataRoutes(app: ApiApp) {
  // Any signed-in user: their own data, as a file.
  app.get(
    '/api/me/export',
    {
      schema: {
        tags,
        summary: 'Download everything Pontis holds about you, as JSON (GDPR Art. 15 and 20)',
        response: { 200: z.unknown().describe('A pontis-personal-data document, version 1'), ...errorResponses },
      },
    },
    async (request, reply) => {
      requireUser(request);
      const document = await exportMyData(request.ctx);
      return reply
        .header('content-type', 'application/json; charset=utf-8')
        .header('content-disposition', attachmentDisposition(`pontis-my-data-${document.exportedAt.slice(0, 10)}.json`))
        .header('cache-control', 'no-store')
        .send(JSON.stringify(document, null, 2));
    },
  );

  // Any signed-in user, with their password: erases their own account (not the last administrator).
  app.delete(
    '/api/me',
    {
      schema: {
        tags,
        summary: 'Delete your account and erase your personal data; confirm with your password',
        body: eraseMeRequest,
        response: { 200: erasedResponse, ...errorResponses },
      },
    },
    async (request, reply) => {
      await eraseOwnAccount(request.ctx, request.body);
      clearSessionCookie(reply, request.ctx.config);
      return { ok: true as const, erased: true as const };
    },
  );

  // Admins only: erase another account.
  app.delete(
    '/api/users/:id',
    {
      schema: {
        tags,
        summary: 'Erase an account and its personal data (admins)',
        params: idParams,
        response: { 200: erasedResponse, ...errorResponses },
      },
    },
    async (request) => {
      requireAdmin(request);
      await eraseUser(request.ctx, request.params.id);
      return { ok: true as const, erased: true as const };
    },
  );

  // Admins and the coordinators of the person's city (checked in erasePerson).
  app.delete(
    '/api/people/:id/personal-data',
    {
      schema: {
        tags,
        summary: "Erase a person record and its traces in the history, mail and search (admins, the city's coordinators)",
        params: idParams,
        response: { 200: erasedResponse, ...errorResponses },
      },
    },
    async (request) => {
      await erasePerson(request.ctx, request.params.id);
      return { ok: true as const, erased: true as const };
    },
  );
}
