import type { ApiApp } from '../../http/api-app.ts';
import { errorResponses } from '../../http/error-body.ts';
import {
  approveItemRequest,
  itemIdParams,
  renewItemRequest,
  returnItemRequest,
  reviewItemSchema,
  reviewQueueQuery,
  reviewQueueResponse,
} from './item-review.schemas.ts';
import { approveItem, listReviewQueue, renewItem, returnItem } from './item-review.service.ts';

export default async function itemReviewRoutes(app: ApiApp) {
  // Coordinators (their city's pending items) and admins (all, or one city); others 403 (listReviewQueue).
  app.get(
    '/api/review-queue',
    {
      config: { access: 'user' },
      schema: {
        tags: ['organisations'],
        summary: 'Offers and requests waiting for review, oldest first',
        querystring: reviewQueueQuery,
        response: { 200: reviewQueueResponse, ...errorResponses },
      },
    },
    async (request) => {
      return listReviewQueue(request.ctx, request.query);
    },
  );

  // Coordinators of the item's city and admins (canReviewItems).
  app.post(
    '/api/organisation-items/:id/approve',
    {
      schema: {
        tags: ['organisations'],
        summary: 'Publish an offer or request waiting for review',
        params: itemIdParams,
        body: approveItemRequest,
        response: { 200: reviewItemSchema, ...errorResponses },
      },
    },
    async (request) => {
      return approveItem(request.ctx, request.params.id, request.body);
    },
  );

  // Coordinators of the item's city and admins (canReviewItems).
  app.post(
    '/api/organisation-items/:id/return',
    {
      schema: {
        tags: ['organisations'],
        summary: 'Send an offer or request back to its editors with a comment',
        params: itemIdParams,
        body: returnItemRequest,
        response: { 200: reviewItemSchema, ...errorResponses },
      },
    },
    async (request) => {
      return returnItem(request.ctx, request.params.id, request.body);
    },
  );

  // Editors of the item's organisation, coordinators of its city, admins (canEditOrganisation).
  app.post(
    '/api/organisation-items/:id/renew',
    {
      schema: {
        tags: ['organisations'],
        summary: 'Extend how long an offer or request stands (default: twelve months)',
        params: itemIdParams,
        body: renewItemRequest,
        response: { 200: reviewItemSchema, ...errorResponses },
      },
    },
    async (request) => {
      return renewItem(request.ctx, request.params.id, request.body);
    },
  );
}
