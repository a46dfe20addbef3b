import type { ApiApp } from '../../http/api-app.ts';
import { errorResponses } from '../../http/error-body.ts';
import { searchQuery, searchResponse } from './search.schemas.ts';
import { search } from './search.service.ts';

export default async function searchRoutes(app: ApiApp) {
  // Public: organisations and approved offers and requests that still stand are public data;
  // people are returned only where their consent lets the caller see them (search-visibility.ts).
  app.get(
    '/api/search',
    {
      schema: {
        tags: ['search'],
        summary: 'Search organisations, offers, requests and people in every language, with facets',
        querystring: searchQuery,
        response: { 200: searchResponse, ...errorResponses },
      },
    },
    async (request) => search(request.ctx, request.query),
  );
}
