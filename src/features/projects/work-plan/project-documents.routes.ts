import { z } from 'zod';
import type { ApiApp } from '../../../http/api-app.ts';
import { errorBodySchema, errorResponses } from '../../../http/error-body.ts';
import { readUploadedFile, sendStoredFile } from '../../../http/file-transfer.ts';
import { addProjectDocument, deleteProjectDocument, listProjectDocuments, readProjectDocument, requireDocumentWriter } from './documents.service.ts';
import { documentParams, projectDocumentListResponse, projectDocumentSchema, projectParams } from './work-plan.schemas.ts';

const tags = ['projects'];
export default async function projectDocumentRoutes(app: ApiApp) {
  // Project readers (canReadProject); others 404, anonymous 401.
  app.get(
    '/api/projects/:id/documents',
    {
      config: { access: 'user' },
      schema: {
        tags,
        summary: "A project's documents (metadata), newest first",
        params: projectParams,
        response: { 200: projectDocumentListResponse, ...errorResponses },
      },
    },
    async (request) => {
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
      await requireDocumentWriter(request.ctx, request.params.id);
      const { file, fields } = await readUploadedFile(request, { expected: 'the document' });
      return reply
        .status(201)
        .send(await addProjectDocument(request.ctx, request.params.id, { fileName: file.fileName, bytes: file.bytes, title: fields.title }));
    },
  );

  // Project readers (canReadProject). Always a download in a sandbox, with the type decided at
  // upload from the content, so that no file can run script in the application's origin.
  app.get(
    '/api/projects/:id/documents/:docId',
    { config: { access: 'user' }, schema: { tags, summary: 'Download a project document', params: documentParams, response: errorResponses } },
    async (request, reply) => {
      const document = await readProjectDocument(request.ctx, request.params.id, request.params.docId);
      return sendStoredFile(reply, document, 'private, no-store');
    },
  );

  // Work plan editors (canEditWorkPlan).
  app.delete(
    '/api/projects/:id/documents/:docId',
    { schema: { tags, summary: 'Remove a project document', params: documentParams, response: { 204: z.null(), ...errorResponses } } },
    async (request, reply) => {
      await deleteProjectDocument(request.ctx, request.params.id, request.params.docId);
      return reply.status(204).send(null);
    },
  );
}
