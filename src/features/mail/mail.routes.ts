import type { ApiApp } from '../../http/api-app.ts';
import { requireAdmin } from '../../http/auth-hooks.ts';
import { errorResponses } from '../../http/error-body.ts';
import { outboxQuery, outboxResponse } from './mail.schemas.ts';
import { listOutbox } from './outbox.service.ts';

export default async function mailRoutes(app: ApiApp) {
  // Admins only: held mail contains invitation and password-reset links.
  app.get(
    '/api/admin/outbox',
    {
      schema: {
        tags: ['admin'],
        summary: 'The mail outbox, newest first, with full texts (admins)',
        querystring: outboxQuery,
        response: { 200: outboxResponse, ...errorResponses },
      },
    },
    async (request) => {
      requireAdmin(request);
      return { items: await listOutbox(request.ctx, request.query), smtpConfigured: Boolean(request.ctx.config.smtpUrl) };
    },
  );
}
