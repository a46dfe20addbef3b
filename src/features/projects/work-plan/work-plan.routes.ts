import { z } from 'zod';
import type { ApiApp } from '../../../http/api-app.ts';
import { errorResponses } from '../../../http/error-body.ts';
import { createIndicator, deleteIndicator, listIndicators, updateIndicator } from './indicators.service.ts';
import { createMilestone, deleteMilestone, listMilestones, markMilestoneDone, updateMilestone } from './milestones.service.ts';
import { getProjectTimeline } from './project-timeline.service.ts';
import {
  createIndicatorRequest,
  createMilestoneRequest,
  createWorkPackageRequest,
  indicatorListResponse,
  indicatorParams,
  indicatorSchema,
  milestoneDoneRequest,
  milestoneListResponse,
  milestoneParams,
  milestoneSchema,
  projectParams,
  projectTimelineResponse,
  updateIndicatorRequest,
  updateMilestoneRequest,
  updateWorkPackageRequest,
  workPackageListResponse,
  workPackageParams,
  workPackageSchema,
} from './work-plan.schemas.ts';
import { createWorkPackage, deleteWorkPackage, listWorkPackages, updateWorkPackage } from './work-packages.service.ts';

const tags = ['projects'];
const noContent = { 204: z.null(), ...errorResponses };

// Readers: whoever may read the project (canReadProject: admins, users of the partnership's
// cities, members of consortium organisations); others 404, anonymous 401.
// Writers: canEditWorkPlan (admins, the partnership cities' coordinators, editors of consortium
// organisations); other readers 403.
export default async function workPlanRoutes(app: ApiApp) {
  // ---- work packages ----
  // Project readers (canReadProject).
  app.get(
    '/api/projects/:id/work-packages',
    {
      config: { access: 'user' },
      schema: {
        tags,
        summary: "A project's work packages with progress from their milestones",
        params: projectParams,
        response: { 200: workPackageListResponse, ...errorResponses },
      },
    },
    async (request) => {
      return { workPackages: await listWorkPackages(request.ctx, request.params.id) };
    },
  );

  // Work plan editors (canEditWorkPlan).
  app.post(
    '/api/projects/:id/work-packages',
    {
      schema: {
        tags,
        summary: 'Add a work package; its lead must be in the consortium',
        params: projectParams,
        body: createWorkPackageRequest,
        response: { 201: workPackageSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      return reply.status(201).send(await createWorkPackage(request.ctx, request.params.id, request.body));
    },
  );

  // Work plan editors (canEditWorkPlan).
  app.patch(
    '/api/projects/:id/work-packages/:wpId',
    {
      schema: {
        tags,
        summary: 'Change a work package (send the version you read)',
        params: workPackageParams,
        body: updateWorkPackageRequest,
        response: { 200: workPackageSchema, ...errorResponses },
      },
    },
    async (request) => {
      return updateWorkPackage(request.ctx, request.params.id, request.params.wpId, request.body);
    },
  );

  // Work plan editors (canEditWorkPlan).
  app.delete(
    '/api/projects/:id/work-packages/:wpId',
    { schema: { tags, summary: 'Remove a work package; its milestones stay, without a package', params: workPackageParams, response: noContent } },
    async (request, reply) => {
      await deleteWorkPackage(request.ctx, request.params.id, request.params.wpId);
      return reply.status(204).send(null);
    },
  );

  // ---- milestones ----
  // Project readers (canReadProject).
  app.get(
    '/api/projects/:id/milestones',
    {
      config: { access: 'user' },
      schema: {
        tags,
        summary: "A project's milestones by due day, with late flags and the next one",
        params: projectParams,
        response: { 200: milestoneListResponse, ...errorResponses },
      },
    },
    async (request) => {
      return listMilestones(request.ctx, request.params.id);
    },
  );

  // Work plan editors (canEditWorkPlan).
  app.post(
    '/api/projects/:id/milestones',
    {
      schema: {
        tags,
        summary: 'Add a milestone; its owner must be in the consortium',
        params: projectParams,
        body: createMilestoneRequest,
        response: { 201: milestoneSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      return reply.status(201).send(await createMilestone(request.ctx, request.params.id, request.body));
    },
  );

  // Work plan editors (canEditWorkPlan).
  app.patch(
    '/api/projects/:id/milestones/:mId',
    {
      schema: {
        tags,
        summary: 'Change a milestone, or set it back to planned',
        params: milestoneParams,
        body: updateMilestoneRequest,
        response: { 200: milestoneSchema, ...errorResponses },
      },
    },
    async (request) => {
      return updateMilestone(request.ctx, request.params.id, request.params.mId, request.body);
    },
  );

  // Work plan editors (canEditWorkPlan).
  app.post(
    '/api/projects/:id/milestones/:mId/done',
    {
      schema: {
        tags,
        summary: 'Mark a milestone done on a day (default today)',
        params: milestoneParams,
        body: milestoneDoneRequest,
        response: { 200: milestoneSchema, ...errorResponses },
      },
    },
    async (request) => {
      return markMilestoneDone(request.ctx, request.params.id, request.params.mId, request.body);
    },
  );

  // Work plan editors (canEditWorkPlan).
  app.delete(
    '/api/projects/:id/milestones/:mId',
    { schema: { tags, summary: 'Remove a milestone', params: milestoneParams, response: noContent } },
    async (request, reply) => {
      await deleteMilestone(request.ctx, request.params.id, request.params.mId);
      return reply.status(204).send(null);
    },
  );

  // ---- outcomes and indicators ----
  // Project readers (canReadProject).
  app.get(
    '/api/projects/:id/indicators',
    {
      config: { access: 'user' },
      schema: {
        tags,
        summary: "A project's outcomes and indicators with progress toward target",
        params: projectParams,
        response: { 200: indicatorListResponse, ...errorResponses },
      },
    },
    async (request) => {
      return { indicators: await listIndicators(request.ctx, request.params.id) };
    },
  );

  // Work plan editors (canEditWorkPlan).
  app.post(
    '/api/projects/:id/indicators',
    {
      schema: {
        tags,
        summary: 'Add an outcome with its indicator, baseline and target',
        params: projectParams,
        body: createIndicatorRequest,
        response: { 201: indicatorSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      return reply.status(201).send(await createIndicator(request.ctx, request.params.id, request.body));
    },
  );

  // Work plan editors (canEditWorkPlan).
  app.patch(
    '/api/projects/:id/indicators/:indicatorId',
    {
      schema: {
        tags,
        summary: 'Change an indicator or record what was achieved',
        params: indicatorParams,
        body: updateIndicatorRequest,
        response: { 200: indicatorSchema, ...errorResponses },
      },
    },
    async (request) => {
      return updateIndicator(request.ctx, request.params.id, request.params.indicatorId, request.body);
    },
  );

  // Work plan editors (canEditWorkPlan).
  app.delete(
    '/api/projects/:id/indicators/:indicatorId',
    { schema: { tags, summary: 'Remove an indicator', params: indicatorParams, response: noContent } },
    async (request, reply) => {
      await deleteIndicator(request.ctx, request.params.id, request.params.indicatorId);
      return reply.status(204).send(null);
    },
  );

  // ---- timeline ----
  // Project readers (canReadProject).
  app.get(
    '/api/projects/:id/timeline',
    {
      config: { access: 'user' },
      schema: {
        tags,
        summary: 'Stage changes, call deadline, work packages and milestones as one dated list',
        params: projectParams,
        response: { 200: projectTimelineResponse, ...errorResponses },
      },
    },
    async (request) => {
      return { entries: await getProjectTimeline(request.ctx, request.params.id) };
    },
  );
}
