import { z } from 'zod';
import type { ApiApp } from '../../http/api-app.ts';
import { errorResponses } from '../../http/error-body.ts';
import { citySchema, cityListQuery, cityListResponse, createCityRequest, updateCityRequest } from './cities.schemas.ts';
import { createCity, getCity, listCities, updateCity } from './cities.service.ts';

const idParams = z.object({ id: z.string().min(1).max(100).describe('City id (uuid) or key') });

export default async function cityRoutes(app: ApiApp) {
  // Public: city names, aliases and coordinating offices are public information.
  app.get(
    '/api/cities',
    {
      schema: {
        tags: ['cities'],
        summary: 'List cities, or look one up by any alias',
        querystring: cityListQuery,
        response: { 200: cityListResponse, ...errorResponses },
      },
    },
    async (request) => ({ items: await listCities(request.ctx, request.query) }),
  );

  app.get(
    '/api/cities/:id',
    {
      schema: {
        tags: ['cities'],
        summary: 'A city with its aliases, office and partnerships',
        params: idParams,
        response: { 200: citySchema, ...errorResponses },
      },
    },
    async (request) => getCity(request.ctx, request.params.id),
  );

  // Admins only (checked in createCity).
  app.post(
    '/api/cities',
    { schema: { tags: ['cities'], summary: 'Add a city (admins)', body: createCityRequest, response: { 201: citySchema, ...errorResponses } } },
    async (request, reply) => {
      return reply.status(201).send(await createCity(request.ctx, request.body));
    },
  );

  // Admins and the city's own coordinators (checked in updateCity).
  app.put(
    '/api/cities/:id',
    {
      schema: {
        tags: ['cities'],
        summary: 'Edit a city; send the version you read',
        params: idParams,
        body: updateCityRequest,
        response: { 200: citySchema, ...errorResponses },
      },
    },
    async (request) => {
      return updateCity(request.ctx, request.params.id, request.body);
    },
  );
}
