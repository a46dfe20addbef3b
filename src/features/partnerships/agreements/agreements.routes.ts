import { z } from 'zod';
import type { ApiApp } from '../../../http/api-app.ts';
import { errorResponses } from '../../../http/error-body.ts';
import { getAgreement } from './agreement-read.ts';
import { agreementSchema, createAgreementRequest, updateAgreementRequest } from './agreements.schemas.ts';
import { createAgreement, deleteAgreement, updateAgreement } from './agreements.service.ts';

const partnershipParams = z.object({ id: z.string().min(1).max(100).describe('Partnership id (uuid) or key') });
const agreementParams = z.object({ id: z.string().uuid().describe('Agreement id') });
const tags = ['agreements'];

export default async function agreementRoutes(app: ApiApp) {
  // Public: agreements are part of the public partnership record.
  app.get(
    '/api/agreements/:id',
    {
      schema: {
        tags,
        summary: 'An agreement with its signatories, facilitators and documents',
        params: agreementParams,
        response: { 200: agreementSchema, ...errorResponses },
      },
    },
    async (request) => getAgreement(request.ctx, request.params.id),
  );

  // Admins and coordinators of any member city of the partnership (checked in createAgreement).
  app.post(
    '/api/partnerships/:id/agreements',
    {
      schema: {
        tags,
        summary: 'Record an agreement of a partnership',
        params: partnershipParams,
        body: createAgreementRequest,
        response: { 201: agreementSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      return reply.status(201).send(await createAgreement(request.ctx, request.params.id, request.body));
    },
  );

  // Admins and coordinators of any member city of the partnership (checked in updateAgreement).
  app.put(
    '/api/agreements/:id',
    {
      schema: {
        tags,
        summary: 'Edit an agreement (signatories and facilitators are replaced); send the version you read',
        params: agreementParams,
        body: updateAgreementRequest,
        response: { 200: agreementSchema, ...errorResponses },
      },
    },
    async (request) => {
      return updateAgreement(request.ctx, request.params.id, request.body);
    },
  );

  // Admins and coordinators of any member city of the partnership (checked in deleteAgreement).
  app.delete(
    '/api/agreements/:id',
    { schema: { tags, summary: 'Delete an agreement with its documents', params: agreementParams, response: { 204: z.null(), ...errorResponses } } },
    async (request, reply) => {
      await deleteAgreement(request.ctx, request.params.id);
      return reply.status(204).send(null);
    },
  );
}
