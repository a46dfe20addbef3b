import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { ApiApp } from '../../../http/api-app.ts';
import { requireUser } from '../../../http/auth-hooks.ts';
import { errorBodySchema, errorResponses } from '../../../http/error-body.ts';
import { AppError, invalid } from '../../../shared/errors.ts';
import { attachmentDisposition } from '../../agreements/content-disposition.ts';
import { addProjectDocument, deleteProjectDocument, listProjectDocuments, readProjectDocument, requireDocumentWriter, type UploadedDocument } from './documents.service.ts';
import { documentParams, projectDocumentListResponse, projectDocumentSchema, projectParams } from './work-plan.schemas.ts';

const tags = ['projects'];
const missingFile = () => invalid([{ path: 'file', rule: 'required', message: 'Send the document as multipart/form-data in the field "file".' }]);

/** The file (field "file") and an optional title (field "title", before or after the file). */
async function readUpload(request: FastifyRequest): Promise<UploadedDocument> {
  if (!request.isMultipart()) throw missingFile();
  let file: UploadedDocument | undefined;
  let title: string | undefined;
  try {
    for await (const part of request.parts()) {
      if (part.type === 'file') {
        if (part.fieldname !== 'file' || file) throw missingFile();
        file = { title, fileName: part.filename, bytes: await part.toBuffer() };
      } else if (part.fieldname === 'title') title = String(part.value ?? '');
    }
  } catch (err) {
    if ((err as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') {
      const limitMb = (request.ctx.config.maxUploadBytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '');
      const message = `The file is larger than the limit of ${limitMb} MB.`;
      throw new AppError('payload_too_large', 413, message, [{ path: 'file', rule: 'max_size', message }]);
    }
    throw err;
  }
  if (!file) throw missingFile();
  return { ...file, title };
}

export default async function projectDocumentRoutes(app: ApiApp) {
  // Project readers (canReadProject); others 404, anonymous 401.
  app.get(
    '/api/projects/:id/documents',
    { config: { access: 'user' }, schema: { tags, summary: "A project's documents (metadata), newest first", params: projectParams, response: { 200: projectDocumentListResponse, ...errorResponses } } },
    async (request) => {
      requireUser(request);
      return { documents: await listProjectDocuments(request.ctx, request.params.id) };
    },
  );

  // Work plan editors (canEditWorkPlan): admins, the cities' coordinators, consortium editors.
  app.post(
    '/api/projects/:id/documents',
    {
      schema: {
        tags,
        summary: 'Upload a document (multipart/form-data: "file", optional "title"); PDF, images, office and text files',
        consumes: ['multipart/form-data'],
        params: projectParams,
        response: { 201: projectDocumentSchema, ...errorResponses, 413: errorBodySchema },
      },
    },
    async (request, reply) => {
      requireUser(request);
      await requireDocumentWriter(request.ctx, request.params.id);
      const upload = await readUpload(request);
      return reply.status(201).send(await addProjectDocument(request.ctx, request.params.id, upload));
    },
  );

  // Project readers (canReadProject). Always a download in a sandbox, with the type decided at
  // upload from the content, so that no file can run script in the application's origin.
  app.get(
    '/api/projects/:id/documents/:docId',
    { config: { access: 'user' }, schema: { tags, summary: 'Download a project document', params: documentParams, response: errorResponses } },
    async (request, reply) => {
      requireUser(request);
      const document = await readProjectDocument(request.ctx, request.params.id, request.params.docId);
      return reply
        .header('content-type', document.contentType)
        .header('content-disposition', attachmentDisposition(document.fileName))
        .header('x-content-type-options', 'nosniff')
        .header('content-security-policy', "sandbox; default-src 'none'")
        .header('cache-control', 'private, no-store')
        .header('content-length', String(document.bytes.length))
        .send(document.bytes as never);
    },
  );

  // Work plan editors (canEditWorkPlan).
  app.delete(
    '/api/projects/:id/documents/:docId',
    { schema: { tags, summary: 'Remove a project document', params: documentParams, response: { 204: z.null(), ...errorResponses } } },
    async (request, reply) => {
      requireUser(request);
      await deleteProjectDocument(request.ctx, request.params.id, request.params.docId);
      return reply.status(204).send(null);
    },
  );
}
