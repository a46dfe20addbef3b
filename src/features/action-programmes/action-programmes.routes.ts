import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { UiLocale } from '../../shared/locales.ts';
import type { ApiApp } from '../../http/api-app.ts';
import { errorResponses } from '../../http/error-body.ts';
import { readerLanguage } from '../matching/index.ts';
import {
  createFieldRequest,
  createGoalRequest,
  createMeasureRequest,
  createProgrammeRequest,
  fieldSchema,
  goalSchema,
  measureSchema,
  partnershipIdParams,
  programmeIdParams,
  programmeLanguageQuery,
  programmeListSchema,
  programmePartIdParams,
  programmeSchema,
  updateFieldRequest,
  updateGoalRequest,
  updateMeasureRequest,
  updateProgrammeRequest,
} from './action-programmes.schemas.ts';
import { createProgramme } from './create-programme.ts';
import { deleteProgramme } from './delete-programme.ts';
import { listProgrammes } from './list-programmes.ts';
import { createField, deleteField, updateField } from './programme-fields.ts';
import { createGoal, deleteGoal, updateGoal } from './programme-goals.ts';
import { createMeasure, deleteMeasure, updateMeasure } from './programme-measures.ts';
import { getProgramme } from './programme-read.ts';
import { updateProgramme } from './update-programme.ts';

const tags = ['action-programmes'];
const noContent = { 204: z.null(), ...errorResponses };

/** Theme names in the language asked for (?lang), else the reader's account language, else Accept-Language. */
const languageOf = (request: FastifyRequest) =>
  readerLanguage(request.ctx, (request.query as { lang?: UiLocale } | undefined)?.lang, request.headers['accept-language']);

export default async function actionProgrammeRoutes(app: ApiApp) {
  // Public: a programme is the partnership's public commitment to both councils.
  app.get(
    '/api/partnerships/:id/programmes',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: "A partnership's action programmes with their progress",
        params: partnershipIdParams,
        response: { 200: programmeListSchema, ...errorResponses },
      },
    },
    async (request) => listProgrammes(request.ctx, request.params.id),
  );

  // Coordinators of the partnership's cities and admins (checked in createProgramme).
  app.post(
    '/api/partnerships/:id/programmes',
    {
      schema: {
        tags,
        summary: 'Start an action programme for a period (by default with one field of action per theme of the partnership)',
        params: partnershipIdParams,
        querystring: programmeLanguageQuery,
        body: createProgrammeRequest,
        response: { 201: programmeSchema, ...errorResponses },
      },
    },
    async (request, reply) => reply.status(201).send(await createProgramme(request.ctx, request.params.id, request.body, await languageOf(request))),
  );

  // Public.
  app.get(
    '/api/programmes/:id',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'An action programme with its fields of action, goals, measures and roll-up progress',
        params: programmeIdParams,
        querystring: programmeLanguageQuery,
        response: { 200: programmeSchema, ...errorResponses },
      },
    },
    async (request) => getProgramme(request.ctx, request.params.id, await languageOf(request)),
  );

  // Coordinators of the partnership's cities and admins (checked in updateProgramme).
  app.put(
    '/api/programmes/:id',
    {
      schema: {
        tags,
        summary: "Edit a programme's title, summary and period; send the version you read",
        params: programmeIdParams,
        querystring: programmeLanguageQuery,
        body: updateProgrammeRequest,
        response: { 200: programmeSchema, ...errorResponses },
      },
    },
    async (request) => updateProgramme(request.ctx, request.params.id, request.body, await languageOf(request)),
  );

  // Coordinators of the partnership's cities and admins (checked in deleteProgramme).
  app.delete(
    '/api/programmes/:id',
    { schema: { tags, summary: 'Delete a programme with everything in it', params: programmeIdParams, response: noContent } },
    async (request, reply) => {
      await deleteProgramme(request.ctx, request.params.id);
      return reply.status(204).send(null);
    },
  );

  // Coordinators of the partnership's cities and admins (checked in createField).
  app.post(
    '/api/programmes/:id/fields',
    {
      schema: {
        tags,
        summary: 'Add a field of action for a theme',
        params: programmeIdParams,
        querystring: programmeLanguageQuery,
        body: createFieldRequest,
        response: { 201: fieldSchema, ...errorResponses },
      },
    },
    async (request, reply) => reply.status(201).send(await createField(request.ctx, request.params.id, request.body, await languageOf(request))),
  );

  // Coordinators of the partnership's cities and admins (checked in updateField).
  app.put(
    '/api/programme-fields/:id',
    {
      schema: {
        tags,
        summary: "Edit a field of action's description or position; send the version you read",
        params: programmePartIdParams,
        querystring: programmeLanguageQuery,
        body: updateFieldRequest,
        response: { 200: fieldSchema, ...errorResponses },
      },
    },
    async (request) => updateField(request.ctx, request.params.id, request.body, await languageOf(request)),
  );

  // Coordinators of the partnership's cities and admins (checked in deleteField).
  app.delete(
    '/api/programme-fields/:id',
    { schema: { tags, summary: 'Delete a field of action with its goals and measures', params: programmePartIdParams, response: noContent } },
    async (request, reply) => {
      await deleteField(request.ctx, request.params.id);
      return reply.status(204).send(null);
    },
  );

  // Coordinators of the partnership's cities and admins (checked in createGoal).
  app.post(
    '/api/programme-fields/:id/goals',
    {
      schema: {
        tags,
        summary: 'Add a goal to a field of action',
        params: programmePartIdParams,
        querystring: programmeLanguageQuery,
        body: createGoalRequest,
        response: { 201: goalSchema, ...errorResponses },
      },
    },
    async (request, reply) => reply.status(201).send(await createGoal(request.ctx, request.params.id, request.body, await languageOf(request))),
  );

  // Coordinators of the partnership's cities and admins (checked in updateGoal).
  app.put(
    '/api/programme-goals/:id',
    {
      schema: {
        tags,
        summary: 'Edit a goal; send the version you read',
        params: programmePartIdParams,
        querystring: programmeLanguageQuery,
        body: updateGoalRequest,
        response: { 200: goalSchema, ...errorResponses },
      },
    },
    async (request) => updateGoal(request.ctx, request.params.id, request.body, await languageOf(request)),
  );

  // Coordinators of the partnership's cities and admins (checked in deleteGoal).
  app.delete(
    '/api/programme-goals/:id',
    { schema: { tags, summary: 'Delete a goal with its measures', params: programmePartIdParams, response: noContent } },
    async (request, reply) => {
      await deleteGoal(request.ctx, request.params.id);
      return reply.status(204).send(null);
    },
  );

  // Coordinators of the partnership's cities and admins (checked in createMeasure).
  app.post(
    '/api/programme-goals/:id/measures',
    {
      schema: {
        tags,
        summary: 'Add a measure to a goal',
        params: programmePartIdParams,
        querystring: programmeLanguageQuery,
        body: createMeasureRequest,
        response: { 201: measureSchema, ...errorResponses },
      },
    },
    async (request, reply) => reply.status(201).send(await createMeasure(request.ctx, request.params.id, request.body, await languageOf(request))),
  );

  // Coordinators of the partnership's cities and admins (checked in updateMeasure).
  app.put(
    '/api/programme-measures/:id',
    {
      schema: {
        tags,
        summary: 'Edit a measure (responsibles, indicators and projects are replaced); send the version you read',
        params: programmePartIdParams,
        querystring: programmeLanguageQuery,
        body: updateMeasureRequest,
        response: { 200: measureSchema, ...errorResponses },
      },
    },
    async (request) => updateMeasure(request.ctx, request.params.id, request.body, await languageOf(request)),
  );

  // Coordinators of the partnership's cities and admins (checked in deleteMeasure).
  app.delete(
    '/api/programme-measures/:id',
    { schema: { tags, summary: 'Delete a measure', params: programmePartIdParams, response: noContent } },
    async (request, reply) => {
      await deleteMeasure(request.ctx, request.params.id);
      return reply.status(204).send(null);
    },
  );
}
