import { z } from 'zod';
import { callSummarySchema } from '../calls/calls.schemas.ts';

const reasonSchema = z.object({ code: z.string(), params: z.record(z.string(), z.unknown()) });

export const radarQuery = z
  .object({
    partnership: z.string().trim().min(1).max(100).optional().describe('Partnership key or id'),
    organisation: z.string().trim().min(1).max(100).optional().describe('Organisation key or id'),
    project: z.uuid().optional().describe('Joint project id'),
    text: z.string().trim().min(3).max(2000).optional().describe('A project idea in any of de, ro, en, hu'),
    status: z.enum(['open', 'forthcoming', 'open-forthcoming']).default('open-forthcoming'),
    limit: z.coerce.number().int().min(1).max(50).default(20),
  })
  .refine((q) => [q.partnership, q.organisation, q.project, q.text].filter((x) => x !== undefined).length === 1, {
    message: 'Give exactly one of partnership, organisation, project or text.',
    path: ['partnership'],
  });
export type RadarQuery = z.infer<typeof radarQuery>;

export const radarItemSchema = z
  .object({
    call: callSummarySchema,
    score: z.number().describe('0..100'),
    reasons: z.array(reasonSchema).describe('shared-concepts {concepts}, theme {themes}, city-programme {programme, key}, deadline-soon {days}'),
    cityProgramme: z.object({ code: z.string(), key: z.string() }).nullable(),
    eligibility: z
      .array(reasonSchema)
      .describe('all-partners-eu, partner-outside-eu, town-twinning-countries, networks-of-towns-countries, interreg-programme-area'),
  })
  .meta({ id: 'RadarItem' });

export const radarResponse = z
  .object({
    items: z.array(radarItemSchema),
    profile: z.object({ concepts: z.array(z.string()), themes: z.array(z.string()), countries: z.array(z.string()) }),
    explanation: z
      .enum(['no-concepts'])
      .nullable()
      .describe(
        'no-concepts: no topic is known for what was asked (no concept found in the text, none for the organisation, partnership or project, no theme), so only a partnership can get calls, by city programmes',
      ),
  })
  .meta({ id: 'RadarResponse' });
export type RadarResponse = z.infer<typeof radarResponse>;

export { callIdentifierParams } from '../calls/calls.schemas.ts';

export const followRequest = z
  .object({ partnershipId: z.uuid().nullable().optional().describe('Follow for a partnership: the call appears in its calendar feed') })
  .meta({ id: 'FollowCallRequest' });

export const followedCallSchema = z
  .object({
    call: callSummarySchema,
    partnership: z.object({ id: z.uuid(), key: z.string(), name: z.string() }).nullable(),
    followedAt: z.string(),
  })
  .meta({ id: 'FollowedCall' });
export type FollowedCall = z.infer<typeof followedCallSchema>;
export const followedCallsResponse = z.object({ items: z.array(followedCallSchema) }).meta({ id: 'FollowedCalls' });

export const createFeedRequest = z
  .discriminatedUnion('scope', [z.object({ scope: z.literal('user') }), z.object({ scope: z.literal('partnership'), partnershipId: z.uuid() })])
  .meta({ id: 'CreateCalendarFeedRequest' });
export type CreateFeedRequest = z.infer<typeof createFeedRequest>;

export const calendarFeedSchema = z
  .object({
    id: z.uuid(),
    scope: z.enum(['user', 'partnership']),
    partnership: z.object({ id: z.uuid(), key: z.string(), name: z.string() }).nullable(),
    createdAt: z.string(),
    lastUsedAt: z.string().nullable(),
  })
  .meta({ id: 'CalendarFeed' });
export type CalendarFeed = z.infer<typeof calendarFeedSchema>;
export const calendarFeedsResponse = z.object({ items: z.array(calendarFeedSchema) }).meta({ id: 'CalendarFeeds' });
export const createdFeedResponse = calendarFeedSchema
  .extend({ url: z.string().describe('The subscription link with its secret token: shown only now') })
  .meta({ id: 'CreatedCalendarFeed' });
export const feedIdParams = z.object({ id: z.uuid() });
export const feedTokenParams = z.object({ token: z.string().min(1).max(200) });

// Pure and shared with the web app, which marks city programmes in the plain call list too.
export { cityProgrammeOf } from './city-programmes.ts';
