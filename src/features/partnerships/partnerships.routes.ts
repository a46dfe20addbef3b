import { z } from 'zod';
import type { ApiApp } from '../../http/api-app.ts';
import { requireUser } from '../../http/auth-hooks.ts';
import { errorResponses } from '../../http/error-body.ts';
import { dashboardPartnerships } from './dashboard.service.ts';
import { getPartnership } from './partnership-detail.ts';
import {
  createPartnershipRequest,
  dashboardResponse,
  partnershipListResponse,
  partnershipSchema,
  updatePartnershipRequest,
  updatePartnershipThemesRequest,
} from './partnerships.schemas.ts';
import { createPartnership, deletePartnership, listPartnerships, updatePartnership, updatePartnershipThemes } from './partnerships.service.ts';

const idParams = z.object({ id: z.string().min(1).max(100).describe('Partnership id (uuid) or key') });
const tags = ['partnerships'];

export default async function partnershipRoutes(app: ApiApp) {
  // Public: partnerships between cities are public records.
  app.get(
    '/api/partnerships',
    {
      schema: {
        tags,
        summary: 'All partnerships with their cities, themes, counts and latest events',
        response: { 200: partnershipListResponse, ...errorResponses },
      },
    },
    async (request) => ({ items: await listPartnerships(request.ctx) }),
  );

  // Public (the name of the last editor only for signed-in users).
  app.get(
    '/api/partnerships/:id',
    {
      schema: {
        tags,
        summary: 'A partnership with agreements, timeline, offices and member organisations',
        params: idParams,
        response: { 200: partnershipSchema, ...errorResponses },
      },
    },
    async (request) => getPartnership(request.ctx, request.params.id),
  );

  // Admins, and coordinators whose own city is among the cities (checked in createPartnership).
  app.post(
    '/api/partnerships',
    { schema: { tags, summary: 'Record a partnership', body: createPartnershipRequest, response: { 201: partnershipSchema, ...errorResponses } } },
    async (request, reply) => {
      return reply.status(201).send(await createPartnership(request.ctx, request.body));
    },
  );

  // Admins and coordinators of any member city (checked in updatePartnership).
  app.put(
    '/api/partnerships/:id',
    {
      schema: {
        tags,
        summary: 'Replace a partnership’s fields, cities and themes; send the version you read',
        params: idParams,
        body: updatePartnershipRequest,
        response: { 200: partnershipSchema, ...errorResponses },
      },
    },
    async (request) => {
      return updatePartnership(request.ctx, request.params.id, request.body);
    },
  );

  // Admins and coordinators of any member city (checked in updatePartnershipThemes).
  app.patch(
    '/api/partnerships/:id/themes',
    {
      schema: {
        tags,
        summary: 'Replace only the themes; send the version you read',
        params: idParams,
        body: updatePartnershipThemesRequest,
        response: { 200: partnershipSchema, ...errorResponses },
      },
    },
    async (request) => {
      return updatePartnershipThemes(request.ctx, request.params.id, request.body);
    },
  );

  // Admins only (checked in deletePartnership): removes agreements, documents and timeline too.
  app.delete(
    '/api/partnerships/:id',
    { schema: { tags, summary: 'Delete a partnership (admins)', params: idParams, response: { 204: z.null(), ...errorResponses } } },
    async (request, reply) => {
      await deletePartnership(request.ctx, request.params.id);
      return reply.status(204).send(null);
    },
  );

  // Any signed-in user: the partnerships of their own city (all of them for admins).
  app.get(
    '/api/dashboard',
    { schema: { tags, summary: 'The partnerships of the signed-in user’s city', response: { 200: dashboardResponse, ...errorResponses } } },
    async (request) => {
      requireUser(request);
      return dashboardPartnerships(request.ctx);
    },
  );
}
