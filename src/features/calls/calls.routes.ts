import type { FastifyRequest } from 'fastify';
import { eq } from 'drizzle-orm';
import type { ApiApp } from '../../http/api-app.ts';
import { errorBodySchema, errorResponses } from '../../http/error-body.ts';
import { openUploadedFileStream } from '../../http/file-transfer.ts';
import { listCallImports } from './call-imports-log.ts';
import { callDetailSchema, callIdentifierParams, callImportListResponse, callImportSchema, callListQuery, callListResponse } from './calls.schemas.ts';
import { requireCallManager } from './calls-policy.ts';
import { callImports } from './calls.table.ts';
import { importCallsFromStream } from './import-calls.ts';
import { getCall, listCalls } from './list-calls.ts';
import { presentCallImport } from './present-call.ts';
import { requestCallsSync } from './request-calls-sync.ts';

const tags = ['calls'];

/** Uploads are streamed into the import, so a larger file than other uploads is fine (150 MB by default). */
export const callsUploadLimit = (maxUploadBytes: number) => maxUploadBytes * 15;

async function importRun(request: FastifyRequest, id: string) {
  const [row] = await request.ctx.db.select().from(callImports).where(eq(callImports.id, id));
  return presentCallImport(row);
}

export default async function callRoutes(app: ApiApp) {
  // Anyone, signed in or not: calls are public portal data (listCalls).
  app.get(
    '/api/calls',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'EU funding calls: open and forthcoming by default, soonest deadline first',
        querystring: callListQuery,
        response: { 200: callListResponse, ...errorResponses },
      },
    },
    async (request) => listCalls(request.ctx, request.query),
  );

  // Administrators only (listCallImports → requireCallManager); others 403, anonymous 401.
  app.get(
    '/api/calls/imports',
    { config: { access: 'user' }, schema: { tags, summary: 'The last 20 import and sync runs', response: { 200: callImportListResponse, ...errorResponses } } },
    async (request) => {
      return listCallImports(request.ctx);
    },
  );

  // Anyone: one call with its summary, latest information and budget (getCall).
  app.get(
    '/api/calls/:identifier',
    {
      config: { access: 'public' },
      schema: { tags, summary: 'One call by its portal identifier', params: callIdentifierParams, response: { 200: callDetailSchema, ...errorResponses } },
    },
    async (request) => getCall(request.ctx, request.params.identifier),
  );

  // Administrators only (requestCallsSync → requireCallManager): queues a download of the portal's
  // file; a server process takes it up within seconds and the run log shows how it went.
  app.post(
    '/api/calls/sync',
    {
      schema: {
        tags,
        summary:
          "Queue a download of the portal's reference file (conditional GET) and its import; answers 202 with the queued run, or the run already queued or running",
        response: { 202: callImportSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const id = await requestCallsSync(request.ctx);
      reply.code(202);
      return importRun(request, id);
    },
  );

  // Administrators only (requireCallManager before the upload is read).
  app.post(
    '/api/calls/import',
    {
      schema: {
        tags,
        summary:
          'Import a reference file (grantsTenders.json) or a search-API page (multipart/form-data, field "file"); the CLI suits the full 130 MB file better',
        consumes: ['multipart/form-data'],
        response: { 200: callImportSchema, ...errorResponses, 413: errorBodySchema },
      },
    },
    async (request) => {
      requireCallManager(request.ctx.actor);
      const upload = await openUploadedFileStream(request, {
        expected: 'the JSON file',
        limitBytes: callsUploadLimit(request.ctx.config.maxUploadBytes),
        tooLargeHint: 'import it with the command line (pontis calls import)',
      });
      const summary = await importCallsFromStream(request.ctx, upload.stream, { origin: upload.fileName || 'upload' });
      return importRun(request, summary.importId);
    },
  );
}
