import type { ApiApp } from '../../http/api-app.ts';
import { errorResponses } from '../../http/error-body.ts';
import { proposeConcepts } from './concept-proposals.service.ts';
import { conceptProposalsRequest, conceptProposalsResponse } from './tagging.schemas.ts';

export default async function taggingRoutes(app: ApiApp) {
  // Any signed-in user (editors tag what they write); rate-limited per user.
  app.post(
    '/api/tagging/proposals',
    {
      schema: {
        tags: ['taxonomy'],
        summary: 'Propose taxonomy concepts for a text in de, ro, en or hu, with a confidence each',
        body: conceptProposalsRequest,
        response: { 200: conceptProposalsResponse, ...errorResponses },
      },
    },
    async (request) => {
      return proposeConcepts(request.ctx, request.body);
    },
  );
}
