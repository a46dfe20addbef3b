import { z } from 'zod';
import type { ApiApp } from '../../http/api-app.ts';
import { requireAdmin, requireUser } from '../../http/auth-hooks.ts';
import { errorResponses } from '../../http/error-body.ts';
import { actingAs, importSource } from '../../shared/actor.ts';
import { attachmentDisposition } from '../../http/content-disposition.ts';
import { exportInterchange, interchangeFileText } from './export-interchange.ts';
import { importInterchange } from './import-interchange.ts';
import { importQuery, importSummarySchema, interchangeDocumentBody } from './interchange.schemas.ts';

const tags = ['interchange'];

export default async function interchangeRoutes(app: ApiApp) {
  // Admins only: an import rewrites records of every city (checked again in importInterchange).
  app.post(
    '/api/interchange/import',
    {
      schema: {
        tags,
        summary: 'Import an interchange document: all or nothing, idempotent by key (admins)',
        querystring: importQuery,
        body: interchangeDocumentBody,
        response: { 200: importSummarySchema, ...errorResponses },
      },
    },
    async (request) => {
      requireAdmin(request);
      // The document comes as a JSON body, without a file name.
      return importInterchange({ ...request.ctx, actor: actingAs(request.ctx.actor, importSource(null)) }, request.body, {
        dryRun: request.query.dryRun === 'true',
      });
    },
  );

  // Admins and coordinators (checked in exportInterchange).
  app.get(
    '/api/interchange/export',
    {
      schema: {
        tags,
        summary: 'Download cities, partnerships and organisations as an interchange file (admins, coordinators)',
        response: { 200: z.unknown().describe('A pontis-interchange/1 document'), ...errorResponses },
      },
    },
    async (request, reply) => {
      requireUser(request);
      const document = await exportInterchange(request.ctx);
      const day = new Date().toISOString().slice(0, 10);
      return reply
        .header('content-type', 'application/json; charset=utf-8')
        .header('content-disposition', attachmentDisposition(`pontis-export-${day}.json`))
        .send(interchangeFileText(document));
    },
  );
}
