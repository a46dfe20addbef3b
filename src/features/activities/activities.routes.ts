import { z } from 'zod';
import type { ApiApp } from '../../http/api-app.ts';
import { errorResponses } from '../../http/error-body.ts';
import {
  activityIdParams,
  activityListQuery,
  activityListSchema,
  activitySchema,
  cancelActivityRequest,
  createActivityRequest,
  partnershipIdParams,
  updateActivityRequest,
} from './activities.schemas.ts';
import { getActivity } from './activity-read.ts';
import { cancelActivity } from './cancel-activity.ts';
import { createActivity } from './create-activity.ts';
import { deleteActivity } from './delete-activity.ts';
import { listActivities } from './list-activities.ts';
import { updateActivity } from './update-activity.ts';

const tags = ['activities'];

export default async function activityRoutes(app: ApiApp) {
  // Public: public activities to anyone; internal ones only to their readers (canReadActivity).
  app.get(
    '/api/partnerships/:id/activities',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'A partnership’s exchange activities: upcoming, past or all, optionally those on the days of a range',
        params: partnershipIdParams,
        querystring: activityListQuery,
        response: { 200: activityListSchema, ...errorResponses },
      },
    },
    async (request) => listActivities(request.ctx, request.params.id, request.query),
  );

  // The partnership's cities' coordinators and admins (canPlanActivity, checked in createActivity).
  app.post(
    '/api/partnerships/:id/activities',
    {
      schema: {
        tags,
        summary: 'Plan an exchange activity of a partnership (times are local to its time zone)',
        params: partnershipIdParams,
        body: createActivityRequest,
        response: { 201: activitySchema, ...errorResponses },
      },
    },
    async (request, reply) => reply.status(201).send(await createActivity(request.ctx, request.params.id, request.body)),
  );

  // Public activities: anyone; the others: their readers; everyone else 404.
  app.get(
    '/api/activities/:id',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'An activity with its agenda, organisers, registration state and follow-up',
        params: activityIdParams,
        response: { 200: activitySchema, ...errorResponses },
      },
    },
    async (request) => getActivity(request.ctx, request.params.id),
  );

  // The organisers (canOrganiseActivity, checked in updateActivity); non-readers 404.
  app.put(
    '/api/activities/:id',
    {
      schema: {
        tags,
        summary: 'Edit an activity (agenda and organisers are replaced); send the version you read',
        params: activityIdParams,
        body: updateActivityRequest,
        response: { 200: activitySchema, ...errorResponses },
      },
    },
    async (request) => updateActivity(request.ctx, request.params.id, request.body),
  );

  // The organisers (canOrganiseActivity, checked in cancelActivity); non-readers 404.
  app.post(
    '/api/activities/:id/cancel',
    {
      schema: {
        tags,
        summary: 'Cancel an activity (kept, participants told); 409 when cancelled already',
        params: activityIdParams,
        body: cancelActivityRequest,
        response: { 200: activitySchema, ...errorResponses },
      },
    },
    async (request) => cancelActivity(request.ctx, request.params.id, request.body),
  );

  // Who may plan the partnership's activities (canPlanActivity, checked in deleteActivity); non-readers 404.
  app.delete(
    '/api/activities/:id',
    { schema: { tags, summary: 'Delete an activity with its participants', params: activityIdParams, response: { 204: z.null(), ...errorResponses } } },
    async (request, reply) => {
      await deleteActivity(request.ctx, request.params.id);
      return reply.status(204).send(null);
    },
  );
}
