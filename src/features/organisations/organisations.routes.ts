import { z } from 'zod';
import type { ApiApp } from '../../http/api-app.ts';
import { errorResponses } from '../../http/error-body.ts';
import {
  createOrganisationRequest,
  organisationListQuery,
  organisationListResponse,
  organisationSchema,
  updateOrganisationRequest,
} from './organisations.schemas.ts';
import { createOrganisation, deleteOrganisation, getOrganisation, listOrganisations, updateOrganisation } from './organisations.service.ts';

const idParams = z.object({ id: z.string().min(1).max(100).describe('Organisation id (uuid) or key') });

export default async function organisationRoutes(app: ApiApp) {
  // Public: organisations, their offers and requests are public (canReadOrganisation).
  app.get(
    '/api/organisations',
    {
      schema: {
        tags: ['organisations'],
        summary: 'List or search organisations',
        querystring: organisationListQuery,
        response: { 200: organisationListResponse, ...errorResponses },
      },
    },
    async (request) => listOrganisations(request.ctx, request.query),
  );

  // Public; the people listed are only those the caller may see (person-visibility.ts).
  app.get(
    '/api/organisations/:id',
    {
      schema: {
        tags: ['organisations'],
        summary: 'An organisation with its offers, requests and visible people',
        params: idParams,
        response: { 200: organisationSchema, ...errorResponses },
      },
    },
    async (request) => getOrganisation(request.ctx, request.params.id),
  );

  // Admins and coordinators of the organisation's city (createOrganisation).
  app.post(
    '/api/organisations',
    {
      schema: {
        tags: ['organisations'],
        summary: 'Add an organisation; the key is derived from the name when left out',
        body: createOrganisationRequest,
        response: { 201: organisationSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      return reply.status(201).send(await createOrganisation(request.ctx, request.body));
    },
  );

  // Admins, coordinators of its city, editors of this organisation (updateOrganisation).
  app.put(
    '/api/organisations/:id',
    {
      schema: {
        tags: ['organisations'],
        summary: 'Replace an organisation with its offers and requests; send the version you read',
        params: idParams,
        body: updateOrganisationRequest,
        response: { 200: organisationSchema, ...errorResponses },
      },
    },
    async (request) => {
      return updateOrganisation(request.ctx, request.params.id, request.body);
    },
  );

  // Admins and coordinators of its city (deleteOrganisation); 409 in_use while accounts belong to it.
  app.delete(
    '/api/organisations/:id',
    {
      schema: {
        tags: ['organisations'],
        summary: 'Delete an organisation; its people stay as contacts of the city',
        params: idParams,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      await deleteOrganisation(request.ctx, request.params.id);
      return reply.status(204).send(null);
    },
  );
}
