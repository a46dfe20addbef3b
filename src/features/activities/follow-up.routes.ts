import { z } from 'zod';
import type { ApiApp } from '../../http/api-app.ts';
import { errorResponses } from '../../http/error-body.ts';
import { activityFollowUpRequest, activityIdParams, activitySchema, encounterIdParams, encounterSchema, recordEncounterRequest } from './activities.schemas.ts';
import { deleteEncounter, recordEncounter } from './encounters.ts';
import { recordFollowUp } from './follow-up.ts';

const tags = ['activities'];

export default async function activityFollowUpRoutes(app: ApiApp) {
  // The organisers (canOrganiseActivity): 403 for other readers, 404 for those who may not read it.
  app.put(
    '/api/activities/:id/follow-up',
    {
      schema: {
        tags,
        summary: 'Record an activity’s outcomes and minutes (per language; a stale version is a 409)',
        params: activityIdParams,
        body: activityFollowUpRequest,
        response: { 200: activitySchema, ...errorResponses },
      },
    },
    async (request) => recordFollowUp(request.ctx, request.params.id, request.body),
  );

  // The organisers: two participating organisations of different partnership cities met (→ an introduction at "met").
  app.post(
    '/api/activities/:id/encounters',
    {
      schema: {
        tags,
        summary: 'Record that two participating organisations met at the activity; it becomes their introduction at the stage “met”',
        params: activityIdParams,
        body: recordEncounterRequest,
        response: { 201: encounterSchema, ...errorResponses },
      },
    },
    async (request, reply) => reply.status(201).send(await recordEncounter(request.ctx, request.params.id, request.body)),
  );

  // The organisers of the encounter's activity; the introduction stays.
  app.delete(
    '/api/activity-encounters/:id',
    {
      schema: {
        tags,
        summary: 'Take back a recorded encounter (the introduction stays)',
        params: encounterIdParams,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      await deleteEncounter(request.ctx, request.params.id);
      return reply.status(204).send(null);
    },
  );
}
