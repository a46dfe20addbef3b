import type { ApiApp } from '../../http/api-app.ts';
import { errorResponses } from '../../http/error-body.ts';
import {
  activityIdParams,
  addParticipantRequest,
  myActivitiesSchema,
  participantIdParams,
  participantListSchema,
  participantSchema,
  recordAttendanceRequest,
  registerForActivityRequest,
  updateParticipantRequest,
} from './activities.schemas.ts';
import { recordAttendance } from './attendance-record.ts';
import { addParticipant } from './participant-add.ts';
import { cancelOwnRegistration, cancelParticipant } from './participant-cancel.ts';
import { listParticipants } from './participant-list.ts';
import { myActivities } from './participant-my-activities.ts';
import { updateParticipant } from './participant-update.ts';
import { registerForActivity } from './registration-register.ts';

const tags = ['activities'];

export default async function participantRoutes(app: ApiApp) {
  // Readers of the activity (a public activity: anyone). The scope follows participantListScope:
  // organisers everyone with contact and needs, signed-in readers those listed, the public counts.
  app.get(
    '/api/activities/:id/participants',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'The participants as your role allows, the counts and the waiting list',
        params: activityIdParams,
        response: { 200: participantListSchema, ...errorResponses },
      },
    },
    async (request) => listParticipants(request.ctx, request.params.id),
  );

  // Signed-in readers of the activity (canRegisterForActivity) while registration is open (409
  // with a code naming why not); past the capacity the registration joins the waiting list.
  app.post(
    '/api/activities/:id/registration',
    {
      schema: {
        tags,
        summary: 'Register yourself (status "waiting" when full); organisation, city and country from your account unless given',
        params: activityIdParams,
        body: registerForActivityRequest,
        response: { 201: participantSchema, ...errorResponses },
      },
    },
    async (request, reply) => reply.status(201).send(await registerForActivity(request.ctx, request.params.id, request.body)),
  );

  // The registered user themselves: cancels their own registration (a freed place goes to the waiting list).
  app.delete(
    '/api/activities/:id/registration',
    {
      schema: {
        tags,
        summary: 'Cancel your registration or leave the waiting list',
        params: activityIdParams,
        response: { 200: participantSchema, ...errorResponses },
      },
    },
    async (request) => cancelOwnRegistration(request.ctx, request.params.id),
  );

  // The organisers (canOrganiseActivity): add a member of a delegation, always registered.
  app.post(
    '/api/activities/:id/participants',
    {
      schema: {
        tags,
        summary: 'Add a member of a delegation (registered; counts toward the capacity)',
        params: activityIdParams,
        body: addParticipantRequest,
        response: { 201: participantSchema, ...errorResponses },
      },
    },
    async (request, reply) => reply.status(201).send(await addParticipant(request.ctx, request.params.id, request.body)),
  );

  // The organisers; the participant's own account for their language, needs, gender and listing.
  app.put(
    '/api/activity-participants/:id',
    {
      schema: {
        tags,
        summary: 'Edit a participant (send the version you read)',
        params: participantIdParams,
        body: updateParticipantRequest,
        response: { 200: participantSchema, ...errorResponses },
      },
    },
    async (request) => updateParticipant(request.ctx, request.params.id, request.body),
  );

  // The organisers, or the participant's own account: cancels (the row is kept), promotes the waiting list.
  app.delete(
    '/api/activity-participants/:id',
    {
      schema: {
        tags,
        summary: 'Cancel a participation (kept as cancelled; the first waiting takes the place)',
        params: participantIdParams,
        response: { 200: participantSchema, ...errorResponses },
      },
    },
    async (request) => cancelParticipant(request.ctx, request.params.id),
  );

  // The organisers (canOrganiseActivity): attendance per local day of the activity.
  app.post(
    '/api/activities/:id/attendance',
    {
      schema: {
        tags,
        summary: 'Confirm or remove attendance per day (all entries or none)',
        params: activityIdParams,
        body: recordAttendanceRequest,
        response: { 200: participantListSchema, ...errorResponses },
      },
    },
    async (request) => recordAttendance(request.ctx, request.params.id, request.body),
  );

  // Any signed-in user: their own registrations.
  app.get(
    '/api/me/activities',
    {
      config: { access: 'user' },
      schema: { tags, summary: 'Your registrations and waiting-list places, upcoming first', response: { 200: myActivitiesSchema, ...errorResponses } },
    },
    async (request) => myActivities(request.ctx),
  );
}
