import { z } from 'zod';

export const timelineEventKinds = ['delegation-visit', 'agreement-signed', 'project-started', 'meeting', 'event', 'other'] as const;

const timelineEventFields = {
  kind: z.enum(timelineEventKinds),
  occurredOn: z.iso.date().describe('ISO date, e.g. 2020-07-31'),
  title: z.string().trim().min(1).max(300),
  description: z.string().trim().max(10_000).nullable().optional(),
};

export const createTimelineEventRequest = z.object(timelineEventFields).meta({ id: 'CreateTimelineEventRequest' });
export const updateTimelineEventRequest = z
  .object({ version: z.number().int().min(1), ...timelineEventFields })
  .meta({ id: 'UpdateTimelineEventRequest' });

export const timelineEventSchema = z
  .object({
    id: z.string().uuid(),
    partnershipId: z.string().uuid(),
    kind: z.enum(timelineEventKinds),
    occurredOn: z.string(),
    title: z.string(),
    description: z.string().nullable(),
    version: z.number().int(),
    updatedAt: z.string(),
  })
  .meta({ id: 'TimelineEvent' });

export type CreateTimelineEventRequest = z.infer<typeof createTimelineEventRequest>;
export type UpdateTimelineEventRequest = z.infer<typeof updateTimelineEventRequest>;
export type TimelineEvent = z.infer<typeof timelineEventSchema>;
