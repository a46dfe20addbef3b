import { z } from 'zod';
import type { ApiApp } from '../../http/api-app.ts';
import { errorResponses } from '../../http/error-body.ts';
import { uiLocales } from '../../shared/locales.ts';
import { activityIdParams, partnershipIdParams } from './activities.schemas.ts';
import { activityCalendar, partnershipActivitiesCalendar } from './activity-calendar-feeds.ts';

const tags = ['activities'];
const calendarQuery = z.object({
  lang: z.enum(uiLocales).optional().describe('The language of the titles; default: each activity’s original language'),
});
const icsResponse = { 200: { description: 'text/calendar (RFC 5545)', content: { 'text/calendar': { schema: z.string() } } }, ...errorResponses };

export default async function activityCalendarRoutes(app: ApiApp) {
  // Readers of the activity (canReadActivity): anyone for a public one; others 404.
  app.get(
    '/api/activities/:id/calendar.ics',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'An activity as an iCalendar file (stable UID, SEQUENCE raised by every change)',
        params: activityIdParams,
        querystring: calendarQuery,
        response: icsResponse,
      },
    },
    async (request, reply) => {
      const { key, ics } = await activityCalendar(request.ctx, request.params.id, request.query.lang ?? null);
      return reply
        .header('content-type', 'text/calendar; charset=utf-8')
        .header('content-disposition', `attachment; filename="${key}.ics"`)
        .header('x-content-type-options', 'nosniff')
        .send(ics);
    },
  );

  // Public: the partnership's public activities only, for everyone (a feed is fetched without a session).
  app.get(
    '/api/partnerships/:id/activities.ics',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'A partnership’s public activities as an iCalendar feed to subscribe to',
        params: partnershipIdParams,
        querystring: calendarQuery,
        response: icsResponse,
      },
    },
    async (request, reply) => {
      const { key, ics } = await partnershipActivitiesCalendar(request.ctx, request.params.id, request.query.lang ?? null);
      return reply
        .header('content-type', 'text/calendar; charset=utf-8')
        .header('content-disposition', `inline; filename="${key}-activities.ics"`)
        .header('cache-control', 'public, max-age=300')
        .header('x-content-type-options', 'nosniff')
        .send(ics);
    },
  );
}
