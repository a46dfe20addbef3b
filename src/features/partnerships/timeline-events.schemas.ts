import { z } from 'zod';
import { localisedTextsInput, localisedTextsSchema, originalLangSchema, requiredLocalisedTextsInput } from '../../shared/localised-texts.schemas.ts';

export const timelineEventKinds = ['delegation-visit', 'agreement-signed', 'project-started', 'meeting', 'event', 'other'] as const;

const timelineEventFields = {
  kind: z.enum(timelineEventKinds),
  occurredOn: z.iso.date().describe('ISO date, e.g. 2020-07-31'),
  title: requiredLocalisedTextsInput(300).describe('Per language; at least one'),
  description: localisedTextsInput(10_000).nullable().optional().describe('Per language; null or {} for none'),
  originalLang: originalLangSchema
    .optional()
    .describe('The language the event was written in (its title needs a text in it); default: the current one, else the first language of the title'),
};

export const createTimelineEventRequest = z.object(timelineEventFields).meta({ id: 'CreateTimelineEventRequest' });
export const updateTimelineEventRequest = z.object({ version: z.number().int().min(1), ...timelineEventFields }).meta({ id: 'UpdateTimelineEventRequest' });

export const timelineEventSchema = z
  .object({
    id: z.string().uuid(),
    partnershipId: z.string().uuid(),
    kind: z.enum(timelineEventKinds),
    occurredOn: z.string(),
    title: localisedTextsSchema,
    description: localisedTextsSchema.describe('Empty when there is no description'),
    originalLang: originalLangSchema,
    version: z.number().int(),
    updatedAt: z.string(),
    can: z
      .object({
        edit: z.boolean().describe('PUT: who may edit the partnership'),
        delete: z.boolean().describe('DELETE: who may edit the partnership'),
      })
      .describe('What the caller may do with this event; all false on joint project entries and for the public'),
  })
  .meta({ id: 'TimelineEvent' });

/**
 * An entry of the partnership's timeline as its page reads it: the events entered by hand, and
 * entries of the partnership's joint projects (project-started, project-stage,
 * project-milestone) derived from the projects and not editable here (version 0), and the
 * partnership's exchange activities (activity), past and coming, changed on their own page.
 */
export const partnershipTimelineKinds = [...timelineEventKinds, 'project-stage', 'project-milestone', 'activity'] as const;
export const partnershipTimelineEntrySchema = timelineEventSchema
  .extend({
    kind: z.enum(partnershipTimelineKinds),
    projectId: z.string().uuid().optional().describe('Set on entries that come from a joint project'),
    projectTitle: z.string().optional(),
    projectStage: z.string().optional().describe('project-started / project-stage: the stage reached'),
    activityId: z.string().uuid().optional().describe('Set on entries that are exchange activities (kind activity)'),
    activityKey: z.string().optional(),
    activityKind: z.string().optional().describe('activity: the kind of exchange (delegation-visit, workshop, …)'),
    activityStatus: z.string().optional().describe('activity: planned or cancelled'),
    upcoming: z.boolean().optional().describe('activity: it has not ended yet'),
  })
  .meta({ id: 'PartnershipTimelineEntry' });

export type PartnershipTimelineEntry = z.infer<typeof partnershipTimelineEntrySchema>;
export type CreateTimelineEventRequest = z.infer<typeof createTimelineEventRequest>;
export type UpdateTimelineEventRequest = z.infer<typeof updateTimelineEventRequest>;
export type TimelineEvent = z.infer<typeof timelineEventSchema>;
