import { z } from 'zod';
import type { ApiApp } from '../../http/api-app.ts';
import { errorResponses } from '../../http/error-body.ts';
import { sendCsvExport } from '../../http/file-transfer.ts';
import { readerLanguage } from '../matching/index.ts';
import { addConsortiumPartner } from './add-consortium-partner.ts';
import { getProject } from './get-project.ts';
import { listProjects } from './list-projects.ts';
import { moveProjectStage } from './move-project-stage.ts';
import {
  addConsortiumPartnerRequest,
  moveProjectStageRequest,
  partnerParams,
  partnerSuggestionsQuery,
  partnerSuggestionsResponse,
  projectIdParams,
  projectListQuery,
  projectListResponse,
  projectSchema,
  startProjectRequest,
  updateConsortiumPartnerRequest,
  updateProjectRequest,
} from './projects.schemas.ts';
import { removeConsortiumPartner } from './remove-consortium-partner.ts';
import { exportProjects, PROJECT_EXPORT_CAP, projectExportColumns, projectExportQuery } from './export-projects.ts';
import { startProject } from './start-project.ts';
import { suggestConsortiumPartners } from './suggest-consortium-partners.ts';
import { updateConsortiumPartner } from './update-consortium-partner.ts';
import { updateProject } from './update-project.ts';

const tags = ['projects'];
const removePartnerQuery = z.object({ version: z.coerce.number().int().min(1).optional().describe('The partner row version you read; 409 if it changed') });

export default async function projectRoutes(app: ApiApp) {
  // Signed-in users: the projects they may read (their city's partnerships, their organisation's consortia; admins all).
  app.get(
    '/api/projects',
    {
      config: { access: 'user' },
      schema: {
        tags,
        summary: 'Joint projects for the board and the list, with counts per stage',
        querystring: projectListQuery,
        response: { 200: projectListResponse, ...errorResponses },
      },
    },
    async (request) => {
      return listProjects(request.ctx, request.query);
    },
  );

  // Signed-in users, like the list: the same projects, as a spreadsheet. The headers say how many
  // matched, so that a file cut at the cap is never mistaken for the whole pipeline.
  app.get(
    '/api/projects/export.csv',
    {
      config: { access: 'user' },
      schema: {
        tags,
        summary: `The projects of the list as CSV (the filters of /api/projects; at most ${PROJECT_EXPORT_CAP})`,
        description:
          `UTF-8 with a byte order mark, CRLF line ends, columns: ${projectExportColumns.join(', ')}. ` +
          'X-Export-Row-Cap states the cap, X-Total-Count how many projects matched, X-Export-Truncated whether some were left out.',
        querystring: projectExportQuery,
        response: {
          200: { description: 'The projects as a CSV file', content: { 'text/csv': { schema: z.string() } } },
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      const file = await exportProjects(request.ctx, request.query);
      return sendCsvExport(reply, file, PROJECT_EXPORT_CAP);
    },
  );

  // Coordinators of the partnership's cities and admins (canStartProject); others 403.
  app.post(
    '/api/projects',
    {
      schema: {
        tags,
        summary: 'Start a joint project, optionally from an EU call (pre-filled in one step)',
        body: startProjectRequest,
        response: { 201: projectSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      return reply.status(201).send(await startProject(request.ctx, request.body));
    },
  );

  // Project readers (canReadProject); others 404.
  app.get(
    '/api/projects/:id',
    {
      config: { access: 'user' },
      schema: {
        tags,
        summary: 'One joint project: call, consortium, budget totals, stage history, your permissions',
        params: projectIdParams,
        response: { 200: projectSchema, ...errorResponses },
      },
    },
    async (request) => {
      return getProject(request.ctx, request.params.id);
    },
  );

  // Those who run the project (canManageProject): coordinators of the partnership's cities, admins.
  app.patch(
    '/api/projects/:id',
    {
      schema: {
        tags,
        summary: 'Edit title, summary, dates, amounts, targeted deadline (send the version you read)',
        params: projectIdParams,
        body: updateProjectRequest,
        response: { 200: projectSchema, ...errorResponses },
      },
    },
    async (request) => {
      return updateProject(request.ctx, request.params.id, request.body);
    },
  );

  // Those who run the project (canManageProject).
  app.post(
    '/api/projects/:id/stage',
    {
      schema: {
        tags,
        summary: 'Move the project along the pipeline; submitting needs a coordinator and two cities',
        params: projectIdParams,
        body: moveProjectStageRequest,
        response: { 200: projectSchema, ...errorResponses },
      },
    },
    async (request) => {
      return moveProjectStage(request.ctx, request.params.id, request.body);
    },
  );

  // Those who run the project (canManageProject).
  app.post(
    '/api/projects/:id/partners',
    {
      schema: {
        tags,
        summary: "Add an organisation of the partnership's cities to the consortium",
        params: projectIdParams,
        body: addConsortiumPartnerRequest,
        response: { 201: projectSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      return reply.status(201).send(await addConsortiumPartner(request.ctx, request.params.id, request.body));
    },
  );

  // Those who run the project (canManageProject).
  app.patch(
    '/api/projects/:id/partners/:partnerId',
    {
      schema: {
        tags,
        summary: "Change a consortium member's role, budget or own contribution (send the version you read)",
        params: partnerParams,
        body: updateConsortiumPartnerRequest,
        response: { 200: projectSchema, ...errorResponses },
      },
    },
    async (request) => {
      return updateConsortiumPartner(request.ctx, request.params.id, request.params.partnerId, request.body);
    },
  );

  // Those who run the project (canManageProject), before submission.
  app.delete(
    '/api/projects/:id/partners/:partnerId',
    {
      schema: {
        tags,
        summary: 'Remove an organisation from the consortium (before submission)',
        params: partnerParams,
        querystring: removePartnerQuery,
        response: { 200: projectSchema, ...errorResponses },
      },
    },
    async (request) => {
      return removeConsortiumPartner(request.ctx, request.params.id, request.params.partnerId, request.query.version);
    },
  );

  // Those who run the project (canManageProject); others 403/404.
  app.get(
    '/api/projects/:id/partner-suggestions',
    {
      config: { access: 'user' },
      schema: {
        tags,
        summary: "Organisations of the partnership's cities for the call's concepts, balanced across cities, with reasons",
        params: projectIdParams,
        querystring: partnerSuggestionsQuery,
        response: { 200: partnerSuggestionsResponse, ...errorResponses },
      },
    },
    async (request) => {
      const lang = await readerLanguage(request.ctx, request.query.lang, request.headers['accept-language']);
      return suggestConsortiumPartners(request.ctx, request.params.id, { limit: request.query.limit, lang });
    },
  );
}
