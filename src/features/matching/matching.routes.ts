import type { ApiApp } from '../../http/api-app.ts';
import { errorResponses } from '../../http/error-body.ts';
import { giveFeedback } from './match-feedback.service.ts';
import { matchesForItem } from './matches-for-item.service.ts';
import { qualityReport } from './match-quality.service.ts';
import {
  feedbackRequest,
  feedbackResponse,
  itemParams,
  matchesQuery,
  matchesResponse,
  organisationParams,
  qualityQuery,
  qualityResponse,
} from './matching.schemas.ts';
import { readerLanguage } from './reader-language.ts';
import { suggestMatches } from './suggest-matches.service.ts';

export default async function matchingRoutes(app: ApiApp) {
  // Any signed-in user, for any organisation (matching-policy.ts); anonymous callers get 401.
  app.get(
    '/api/organisations/:id/matches',
    {
      config: { access: 'user' },
      schema: {
        tags: ['matching'],
        summary: 'Partner suggestions for an organisation: organisations in partner cities, best first, with reasons',
        params: organisationParams,
        querystring: matchesQuery,
        response: { 200: matchesResponse, ...errorResponses },
      },
    },
    async (request) => {
      const lang = await readerLanguage(request.ctx, request.query.lang, request.headers['accept-language']);
      return { lang, items: await suggestMatches(request.ctx, request.params.id, { limit: request.query.limit, lang }) };
    },
  );

  // Any signed-in user (matching-policy.ts): offers serving a request, or requests an offer serves.
  app.get(
    '/api/organisation-items/:id/matches',
    {
      config: { access: 'user' },
      schema: {
        tags: ['matching'],
        summary: 'For a request: offers in partner cities that serve it; for an offer: requests it serves',
        params: itemParams,
        querystring: matchesQuery,
        response: { 200: matchesResponse, ...errorResponses },
      },
    },
    async (request) => {
      const lang = await readerLanguage(request.ctx, request.query.lang, request.headers['accept-language']);
      return { lang, items: await matchesForItem(request.ctx, request.params.id, { limit: request.query.limit, lang }) };
    },
  );

  // The organisation's users, coordinators of its city, admins (canGiveFeedback).
  app.post(
    '/api/organisations/:id/matches/feedback',
    {
      schema: {
        tags: ['matching'],
        summary: 'Rate a suggestion useful or not (with a reason); giving it again replaces your earlier rating',
        params: organisationParams,
        body: feedbackRequest,
        response: { 200: feedbackResponse, ...errorResponses },
      },
    },
    async (request) => giveFeedback(request.ctx, request.params.id, request.body),
  );

  // Coordinators (their city) and admins (qualityScope).
  app.get(
    '/api/matching/quality',
    {
      config: { access: 'user' },
      schema: {
        tags: ['matching'],
        summary: 'Quality report of partner suggestions: feedback counts, reasons, conversion to introductions',
        querystring: qualityQuery,
        response: { 200: qualityResponse, ...errorResponses },
      },
    },
    async (request) => qualityReport(request.ctx, request.query),
  );
}
