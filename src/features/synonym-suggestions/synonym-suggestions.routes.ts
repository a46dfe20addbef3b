import type { ApiApp } from '../../http/api-app.ts';
import { errorResponses } from '../../http/error-body.ts';
import { suggestSynonyms } from './suggest-synonyms.service.ts';
import { synonymSuggestionsQuery, synonymSuggestionsResponse } from './synonym-suggestions.schemas.ts';

export default async function synonymSuggestionRoutes(app: ApiApp) {
  // Administrators and the coordinators of every city (synonym-suggestions-policy.ts); others 403, the public 401.
  app.get(
    '/api/taxonomy/synonym-suggestions',
    {
      config: { access: 'user' },
      schema: {
        tags: ['taxonomy'],
        summary: 'Words the texts confirmed with a concept use much more often than others, for an administrator to add as synonyms',
        querystring: synonymSuggestionsQuery,
        response: { 200: synonymSuggestionsResponse, ...errorResponses },
      },
    },
    async (request) => suggestSynonyms(request.ctx, request.query),
  );
}
