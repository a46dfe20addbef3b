import { z } from 'zod';
import type { ApiApp } from '../../http/api-app.ts';
import { errorResponses } from '../../http/error-body.ts';
import { acceptIntroduction, declineIntroduction, moveIntroductionStage, withdrawIntroduction } from './answer-introduction.ts';
import { getIntroduction, introductionPipeline, listIntroductions, markIntroductionRead } from './introduction-inbox.ts';
import {
  acceptIntroductionRequest,
  createIntroductionRequest,
  declineIntroductionRequest,
  introductionIdParams,
  introductionListQuery,
  introductionListResponse,
  introductionSchema,
  moveStageRequest,
  pipelineQuery,
  pipelineResponse,
  withdrawIntroductionRequest,
} from './introductions.schemas.ts';
import { requestIntroduction } from './request-introduction.ts';

const tags = ['introductions'];

export default async function introductionRoutes(app: ApiApp) {
  // Signed-in users: the introductions they may read (listIntroductions); anonymous 401.
  app.get(
    '/api/introductions',
    {
      config: { access: 'user' },
      schema: {
        tags,
        summary: 'Your introductions: inbox, sent or all, with unread counts',
        querystring: introductionListQuery,
        response: { 200: introductionListResponse, ...errorResponses },
      },
    },
    async (request) => {
      return listIntroductions(request.ctx, request.query);
    },
  );

  // Coordinators (their city) and admins (any city or all); others 403 (introductionPipeline).
  app.get(
    '/api/introductions/pipeline',
    {
      config: { access: 'user' },
      schema: {
        tags,
        summary: 'The introductions touching a city, counted by status and follow-up step',
        querystring: pipelineQuery,
        response: { 200: pipelineResponse, ...errorResponses },
      },
    },
    async (request) => {
      return introductionPipeline(request.ctx, request.query);
    },
  );

  // Both sides, the coordinators of both cities, the asker or broker, admins (canReadIntroduction); others 404.
  app.get(
    '/api/introductions/:id',
    {
      config: { access: 'user' },
      schema: {
        tags,
        summary: 'One introduction; contact details only once both sides accepted',
        params: introductionIdParams,
        response: { 200: introductionSchema, ...errorResponses },
      },
    },
    async (request) => {
      return getIntroduction(request.ctx, request.params.id);
    },
  );

  // Members and editors for their own organisation (ask); coordinators of either city and admins (broker) — introductionMode.
  app.post(
    '/api/introductions',
    {
      schema: {
        tags,
        summary: 'Ask for (or broker) an introduction to an organisation in a partner city',
        body: createIntroductionRequest,
        response: { 201: introductionSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      return reply.status(201).send(await requestIntroduction(request.ctx, request.body));
    },
  );

  // Those who answer for a side that has not accepted yet (sidesToAnswer).
  app.post(
    '/api/introductions/:id/accept',
    {
      schema: {
        tags,
        summary: 'Accept an introduction for your side; contacts are revealed once both accepted',
        params: introductionIdParams,
        body: acceptIntroductionRequest,
        response: { 200: introductionSchema, ...errorResponses },
      },
    },
    async (request) => {
      return acceptIntroduction(request.ctx, request.params.id, request.body);
    },
  );

  // Those who answer for a side that has not accepted yet (sidesToAnswer).
  app.post(
    '/api/introductions/:id/decline',
    {
      schema: {
        tags,
        summary: 'Decline an introduction, optionally saying why',
        params: introductionIdParams,
        body: declineIntroductionRequest,
        response: { 200: introductionSchema, ...errorResponses },
      },
    },
    async (request) => {
      return declineIntroduction(request.ctx, request.params.id, request.body);
    },
  );

  // The asker, editors of the asking organisation, or for a brokered one the coordinators (canWithdraw).
  app.post(
    '/api/introductions/:id/withdraw',
    {
      schema: {
        tags,
        summary: 'Withdraw a pending request',
        params: introductionIdParams,
        body: withdrawIntroductionRequest,
        response: { 200: introductionSchema, ...errorResponses },
      },
    },
    async (request) => {
      return withdrawIntroduction(request.ctx, request.params.id, request.body);
    },
  );

  // Members and editors of either organisation, or whoever answers for it (canMoveStage).
  app.post(
    '/api/introductions/:id/stage',
    {
      schema: {
        tags,
        summary: 'Record the follow-up step: introduced, met, collaborating, joint project',
        params: introductionIdParams,
        body: moveStageRequest,
        response: { 200: introductionSchema, ...errorResponses },
      },
    },
    async (request) => {
      return moveIntroductionStage(request.ctx, request.params.id, request.body);
    },
  );

  // Anyone who may read the introduction (markIntroductionRead); others 404.
  app.post(
    '/api/introductions/:id/read',
    { schema: { tags, summary: 'Mark the introduction as read by you', params: introductionIdParams, response: { 204: z.null(), ...errorResponses } } },
    async (request, reply) => {
      await markIntroductionRead(request.ctx, request.params.id);
      return reply.status(204).send(null);
    },
  );
}
