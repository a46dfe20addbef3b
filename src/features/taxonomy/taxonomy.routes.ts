import { z } from 'zod';
import type { ApiApp } from '../../http/api-app.ts';
import { requireAdmin } from '../../http/auth-hooks.ts';
import { errorResponses } from '../../http/error-body.ts';
import { addConceptSynonym, deleteConceptSynonym } from './concept-synonyms.service.ts';
import { addedSynonymResponse, addSynonymRequest, conceptKeyParams, synonymIdParams, taxonomyResponse } from './taxonomy.schemas.ts';
import { getTaxonomyView } from './taxonomy.service.ts';

export default async function taxonomyRoutes(app: ApiApp) {
  // Public: the vocabulary that labels public records.
  app.get(
    '/api/taxonomy',
    {
      schema: {
        tags: ['taxonomy'],
        summary: 'Domains and concepts with labels, definitions and synonyms in de, ro, en and hu, and their UN goals',
        response: { 200: taxonomyResponse, ...errorResponses },
      },
    },
    async (request) => getTaxonomyView(request.ctx),
  );

  // Platform administrators only.
  app.post(
    '/api/taxonomy/concepts/:key/synonyms',
    {
      schema: {
        tags: ['taxonomy'],
        summary: 'Add a synonym to a concept; concept proposals use it at once',
        params: conceptKeyParams,
        body: addSynonymRequest,
        response: { 201: addedSynonymResponse, ...errorResponses },
      },
    },
    async (request, reply) => {
      requireAdmin(request);
      return reply.status(201).send(await addConceptSynonym(request.ctx, request.params.key, request.body));
    },
  );

  // Platform administrators only.
  app.delete(
    '/api/taxonomy/synonyms/:id',
    {
      schema: {
        tags: ['taxonomy'],
        summary: 'Remove a synonym an administrator added',
        params: synonymIdParams,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      requireAdmin(request);
      await deleteConceptSynonym(request.ctx, request.params.id);
      return reply.status(204).send(null);
    },
  );
}
