import { z } from 'zod';
import type { ApiApp } from '../../http/api-app.ts';
import { errorResponses } from '../../http/error-body.ts';
import { createPersonRequest, personListQuery, personListResponse, personSchema, updatePersonRequest } from './people.schemas.ts';
import { createPerson, deletePerson, getPerson, listPeople, updatePerson } from './people.service.ts';

const idParams = z.object({ id: z.uuid().describe('Person id') });

export default async function peopleRoutes(app: ApiApp) {
  // Anyone; each caller gets only the people they may see (person-visibility.ts), counts included.
  app.get(
    '/api/people',
    {
      schema: {
        tags: ['people'],
        summary: 'Contact people visible to the caller',
        querystring: personListQuery,
        response: { 200: personListResponse, ...errorResponses },
      },
    },
    async (request) => listPeople(request.ctx, request.query),
  );

  // Anyone who may see the person; everyone else gets 404, so hidden people cannot be probed.
  app.get(
    '/api/people/:id',
    { schema: { tags: ['people'], summary: 'A contact person', params: idParams, response: { 200: personSchema, ...errorResponses } } },
    async (request) => getPerson(request.ctx, request.params.id),
  );

  // Admins, coordinators of the person's city, editors of the person's organisation (createPerson).
  app.post(
    '/api/people',
    { schema: { tags: ['people'], summary: 'Add a contact person', body: createPersonRequest, response: { 201: personSchema, ...errorResponses } } },
    async (request, reply) => {
      return reply.status(201).send(await createPerson(request.ctx, request.body));
    },
  );

  // Admins, coordinators of the person's city, editors of the person's organisation (updatePerson).
  app.put(
    '/api/people/:id',
    {
      schema: {
        tags: ['people'],
        summary: 'Edit a contact person; send the version you read',
        params: idParams,
        body: updatePersonRequest,
        response: { 200: personSchema, ...errorResponses },
      },
    },
    async (request) => {
      return updatePerson(request.ctx, request.params.id, request.body);
    },
  );

  // Admins, coordinators of the person's city, editors of the person's organisation (deletePerson).
  app.delete(
    '/api/people/:id',
    { schema: { tags: ['people'], summary: 'Remove a contact person', params: idParams, response: { 204: z.null(), ...errorResponses } } },
    async (request, reply) => {
      await deletePerson(request.ctx, request.params.id);
      return reply.status(204).send(null);
    },
  );
}
