import { z } from 'zod';
import type { ApiApp } from '../../http/api-app.ts';
import { errorResponses } from '../../http/error-body.ts';
import { createTimelineEventRequest, timelineEventSchema, updateTimelineEventRequest } from './timeline-events.schemas.ts';
import { createTimelineEvent, deleteTimelineEvent, updateTimelineEvent } from './timeline-events.service.ts';

const partnershipParams = z.object({ id: z.string().min(1).max(100).describe('Partnership id (uuid) or key') });
const eventParams = z.object({ id: z.string().uuid().describe('Timeline event id') });
const tags = ['partnerships'];

// Reading the timeline is part of GET /api/partnerships/:id (public).
export default async function timelineEventRoutes(app: ApiApp) {
  // Admins and coordinators of any member city (checked in createTimelineEvent).
  app.post(
    '/api/partnerships/:id/timeline',
    {
      schema: {
        tags,
        summary: 'Add an event to a partnership’s timeline',
        params: partnershipParams,
        body: createTimelineEventRequest,
        response: { 201: timelineEventSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      return reply.status(201).send(await createTimelineEvent(request.ctx, request.params.id, request.body));
    },
  );

  // Admins and coordinators of any member city of the event's partnership.
  app.put(
    '/api/timeline-events/:id',
    {
      schema: {
        tags,
        summary: 'Edit a timeline event; send the version you read',
        params: eventParams,
        body: updateTimelineEventRequest,
        response: { 200: timelineEventSchema, ...errorResponses },
      },
    },
    async (request) => {
      return updateTimelineEvent(request.ctx, request.params.id, request.body);
    },
  );

  // Admins and coordinators of any member city of the event's partnership.
  app.delete(
    '/api/timeline-events/:id',
    { schema: { tags, summary: 'Remove a timeline event', params: eventParams, response: { 204: z.null(), ...errorResponses } } },
    async (request, reply) => {
      await deleteTimelineEvent(request.ctx, request.params.id);
      return reply.status(204).send(null);
    },
  );
}
