import type { ApiApp } from '../../http/api-app.ts';
import { errorResponses } from '../../http/error-body.ts';
import { searchQuery, searchResponse } from './search.schemas.ts';
import { search } from './search.service.ts';

export default async function searchRoutes(app: ApiApp) {
  // Public: the index holds only public data (organisations, approved offers and requests that
  // still stand); people are not indexed.
  app.get(
    '/api/search',
    {
      schema: {
        tags: ['search'],
        summary: 'Search organisations, offers and requests in every language, with facets',
        querystring: searchQuery,
        response: { 200: searchResponse, ...errorResponses },
      },
    },
    async (request) => search(request.ctx, request.query),
  );
}
