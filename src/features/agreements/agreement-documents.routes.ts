import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { ApiApp } from '../../http/api-app.ts';
import { requireUser } from '../../http/auth-hooks.ts';
import { errorBodySchema, errorResponses } from '../../http/error-body.ts';
import { AppError, invalid } from '../../shared/errors.ts';
import { agreementDocumentSchema } from './agreements.schemas.ts';
import { addAgreementDocument, deleteAgreementDocument, readAgreementDocument, requireDocumentUploader, type UploadedFile } from './agreement-documents.service.ts';
import { attachmentDisposition } from './content-disposition.ts';

const agreementParams = z.object({ id: z.string().uuid().describe('Agreement id') });
const documentParams = z.object({ id: z.string().uuid().describe('Document id') });
const tags = ['agreements'];

const missingFile = () => invalid([{ path: 'file', rule: 'required', message: 'Send the PDF as multipart/form-data in the field "file".' }]);

/** Reads the one file of a multipart upload; the size limit is @fastify/multipart's fileSize. */
async function readUpload(request: FastifyRequest): Promise<UploadedFile> {
  if (!request.isMultipart()) throw missingFile();
  const part = await request.file();
  if (!part || part.fieldname !== 'file') throw missingFile();
  try {
    return { fileName: part.filename, contentType: part.mimetype, bytes: await part.toBuffer() };
  } catch (err) {
    if ((err as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') {
      const limitMb = (request.ctx.config.maxUploadBytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '');
      const message = `The file is larger than the limit of ${limitMb} MB.`;
      throw new AppError('payload_too_large', 413, message, [{ path: 'file', rule: 'max_size', message }]);
    }
    throw err;
  }
}

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
      requireUser(request);
      await requireDocumentUploader(request.ctx, request.params.id);
      const file = await readUpload(request);
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
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', attachmentDisposition(document.fileName))
        .header('x-content-type-options', 'nosniff')
        .header('content-security-policy', "sandbox; default-src 'none'")
        .header('content-length', String(document.bytes.length))
        .send(document.bytes as never);
    },
  );

  // Admins and coordinators of any member city of the agreement's partnership.
  app.delete(
    '/api/documents/:id',
    { schema: { tags, summary: 'Remove an agreement document', params: documentParams, response: { 204: z.null(), ...errorResponses } } },
    async (request, reply) => {
      requireUser(request);
      await deleteAgreementDocument(request.ctx, request.params.id);
      return reply.status(204).send(null);
    },
  );
}
