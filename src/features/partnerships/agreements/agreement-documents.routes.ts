import { z } from 'zod';
import type { ApiApp } from '../../../http/api-app.ts';
import { errorBodySchema, errorResponses } from '../../../http/error-body.ts';
import { readUploadedFile, sendStoredFile } from '../../../http/file-transfer.ts';
import { agreementDocumentSchema } from './agreements.schemas.ts';
import { addAgreementDocument, deleteAgreementDocument, readAgreementDocument, requireDocumentUploader } from './agreement-documents.service.ts';

const agreementParams = z.object({ id: z.string().uuid().describe('Agreement id') });
const documentParams = z.object({ id: z.string().uuid().describe('Document id') });
const tags = ['agreements'];

export default async function agreementDocumentRoutes(app: ApiApp) {
  // Admins and coordinators of any member city of the agreement's partnership.
  app.post(
    '/api/agreements/:id/documents',
    {
      schema: {
        tags,
        summary: 'Attach a PDF to an agreement (multipart/form-data, one file in the field "file")',
        consumes: ['multipart/form-data'],
        params: agreementParams,
        response: { 201: agreementDocumentSchema, ...errorResponses, 413: errorBodySchema },
      },
    },
    async (request, reply) => {
      await requireDocumentUploader(request.ctx, request.params.id);
      const { file } = await readUploadedFile(request, { expected: 'the PDF' });
      return reply.status(201).send(await addAgreementDocument(request.ctx, request.params.id, file));
    },
  );

  // Public, like the partnership it belongs to. Served as a download in a sandbox, so that a
  // crafted PDF cannot run script in the application's origin.
  app.get(
    '/api/documents/:id/download',
    { schema: { tags, summary: 'Download an agreement document (PDF)', params: documentParams, response: errorResponses } },
    async (request, reply) => {
      const document = await readAgreementDocument(request.ctx, request.params.id);
      return sendStoredFile(reply, { contentType: 'application/pdf', fileName: document.fileName, bytes: document.bytes });
    },
  );

  // Admins and coordinators of any member city of the agreement's partnership.
  app.delete(
    '/api/documents/:id',
    { schema: { tags, summary: 'Remove an agreement document', params: documentParams, response: { 204: z.null(), ...errorResponses } } },
    async (request, reply) => {
      await deleteAgreementDocument(request.ctx, request.params.id);
      return reply.status(204).send(null);
    },
  );
}
