import { z } from 'zod';
import type { ApiApp } from '../../http/api-app.ts';
import { errorResponses } from '../../http/error-body.ts';
import { enforceRateLimit } from '../rate-limits/index.ts';
import { followCall, listFollowedCalls, unfollowCall } from './call-follows.service.ts';
import { callRadar } from './call-radar.service.ts';
import {
  calendarFeedsResponse,
  callIdentifierParams,
  createdFeedResponse,
  createFeedRequest,
  feedIdParams,
  feedTokenParams,
  followedCallSchema,
  followedCallsResponse,
  followRequest,
  radarQuery,
  radarResponse,
} from './call-radar.schemas.ts';
import { calendarForToken, createCalendarFeed, listCalendarFeeds, revokeCalendarFeed } from './calendar-feeds.service.ts';

const tags = ['call radar'];
/** Calendar apps poll a feed every few minutes at most; more from one address is not a calendar app. */
const FEED_FETCHES_PER_MINUTE = 60;

export default async function callRadarRoutes(app: ApiApp) {
  // Signed-in users; a partnership's radar only for its cities' users and admins (403), a
  // project's for those who may read the project (404); organisation and text for anyone signed in.
  app.get(
    '/api/calls/radar',
    {
      config: { access: 'user' },
      schema: {
        tags,
        summary: 'Calls ranked for a partnership, an organisation, a project or an idea, with reasons and eligibility hints',
        querystring: radarQuery,
        response: { 200: radarResponse, ...errorResponses },
      },
    },
    async (request) => {
      return callRadar(request.ctx, request.query);
    },
  );

  // Signed-in users: their own follows only.
  app.get(
    '/api/calls/followed',
    {
      config: { access: 'user' },
      schema: { tags, summary: 'The calls you follow, soonest deadline first', response: { 200: followedCallsResponse, ...errorResponses } },
    },
    async (request) => {
      return { items: await listFollowedCalls(request.ctx) };
    },
  );

  // Signed-in users for themselves; for a partnership only its cities' users and admins (canFollowForPartnership).
  app.put(
    '/api/calls/:identifier/follow',
    {
      schema: {
        tags,
        summary: 'Follow a call (optionally for a partnership): reminder mails and calendar feeds',
        params: callIdentifierParams,
        body: followRequest,
        response: { 200: followedCallSchema, ...errorResponses },
      },
    },
    async (request) => {
      return followCall(request.ctx, request.params.identifier, request.body ?? {});
    },
  );

  // Signed-in users, their own follow only.
  app.delete(
    '/api/calls/:identifier/follow',
    { schema: { tags, summary: 'Stop following a call', params: callIdentifierParams, response: { 204: z.null(), ...errorResponses } } },
    async (request, reply) => {
      await unfollowCall(request.ctx, request.params.identifier);
      return reply.status(204).send(null);
    },
  );

  // Signed-in users: their own feeds, never the tokens.
  app.get(
    '/api/calendar-feeds',
    {
      config: { access: 'user' },
      schema: { tags, summary: 'Your calendar subscription links (without their secret)', response: { 200: calendarFeedsResponse, ...errorResponses } },
    },
    async (request) => {
      return { items: await listCalendarFeeds(request.ctx) };
    },
  );

  // Signed-in users; a partnership feed only for its cities' users and admins (canCreatePartnershipFeed).
  app.post(
    '/api/calendar-feeds',
    {
      schema: {
        tags,
        summary: 'Create a calendar subscription link (its secret is shown only in this answer)',
        body: createFeedRequest,
        response: { 201: createdFeedResponse, ...errorResponses },
      },
    },
    async (request, reply) => {
      return reply.status(201).send(await createCalendarFeed(request.ctx, request.body));
    },
  );

  // The feed's owner; anyone else gets 404.
  app.delete(
    '/api/calendar-feeds/:id',
    { schema: { tags, summary: 'Revoke a calendar subscription link', params: feedIdParams, response: { 204: z.null(), ...errorResponses } } },
    async (request, reply) => {
      await revokeCalendarFeed(request.ctx, request.params.id);
      return reply.status(204).send(null);
    },
  );

  // Public by secret token (calendar apps cannot sign in); unknown or revoked 404; rate-limited per address.
  app.get(
    '/api/calendar/:token',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'An iCalendar feed by its secret link (…/api/calendar/<token>.ics)',
        params: feedTokenParams,
        response: { 200: { description: 'text/calendar (RFC 5545)', content: { 'text/calendar': { schema: z.string() } } }, ...errorResponses },
      },
    },
    async (request, reply) => {
      await enforceRateLimit(request.ctx.db, `calendar-feed:ip:${request.ip}`, FEED_FETCHES_PER_MINUTE, 60);
      const calendar = await calendarForToken(request.ctx, request.params.token.replace(/\.ics$/, ''));
      return reply
        .header('content-type', 'text/calendar; charset=utf-8')
        .header('cache-control', 'private, max-age=300')
        .header('x-content-type-options', 'nosniff')
        .send(calendar);
    },
  );
}
