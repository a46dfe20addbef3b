import { z } from 'zod';
import { localisedTextsSchema, originalLangSchema } from '../../shared/localised-texts.schemas.ts';
import { agreementSchema } from './agreements/agreements.schemas.ts';
import { citySummarySchema } from '../cities/cities.schemas.ts';
import { themeKeySchema } from '../themes/themes.schemas.ts';
import { partnershipTimelineEntrySchema, timelineEventKinds } from './timeline-events.schemas.ts';

export const partnershipKinds = ['twinning', 'friendship', 'contact', 'project-partnership', 'network'] as const;
export const partnershipStatuses = ['proposed', 'agreement-signed', 'active', 'dormant', 'ended'] as const;

export const partnershipKeySchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/, 'use lower-case letters, digits and hyphens');

export const localisedTextSchema = z.object({
  lang: z
    .string()
    .regex(/^[a-z]{2}$/, 'use a two-letter ISO 639-1 code')
    .optional(),
  text: z.string().trim().min(1).max(10_000),
});

const themeListSchema = z.array(themeKeySchema).max(30).describe('Theme keys from GET /api/themes');

const partnershipFields = {
  name: z.string().trim().min(1).max(200),
  kind: z.enum(partnershipKinds),
  status: z.enum(partnershipStatuses),
  since: z.iso.date().nullable().optional(),
  description: z.array(localisedTextSchema).max(20).default([]),
  cities: z.array(z.string().uuid()).min(2).max(50).describe('Member city ids, in display order'),
  themes: themeListSchema.default([]),
};

export const createPartnershipRequest = z.object({ key: partnershipKeySchema, ...partnershipFields }).meta({ id: 'CreatePartnershipRequest' });
export const updatePartnershipRequest = z.object({ version: z.number().int().min(1), ...partnershipFields }).meta({ id: 'UpdatePartnershipRequest' });
export const updatePartnershipThemesRequest = z
  .object({ version: z.number().int().min(1), themes: themeListSchema })
  .meta({ id: 'UpdatePartnershipThemesRequest' });

const latestEventSchema = z.object({
  id: z.string().uuid(),
  kind: z.enum(timelineEventKinds),
  occurredOn: z.string(),
  title: localisedTextsSchema,
  originalLang: originalLangSchema,
});

export const partnershipSummarySchema = z
  .object({
    id: z.string().uuid(),
    key: z.string(),
    name: z.string(),
    kind: z.enum(partnershipKinds),
    status: z.enum(partnershipStatuses),
    since: z.string().nullable(),
    cities: z.array(citySummarySchema),
    themes: z.array(z.string()),
    counts: z.object({
      agreements: z.number().int(),
      timelineEvents: z.number().int(),
      organisations: z.number().int().describe('Organisations based in the member cities'),
    }),
    latestEvents: z.array(latestEventSchema).describe('The three newest timeline events'),
    canEdit: z.boolean().describe('Deprecated: use can.edit'),
    can: z
      .object({
        edit: z.boolean().describe('PUT and PATCH themes: admins and coordinators of a member city'),
        delete: z.boolean().describe('DELETE: admins'),
        addAgreement: z.boolean().describe('Add, change and delete agreements and their documents'),
        addTimelineEvent: z.boolean().describe('Add, change and delete timeline events'),
        startProject: z.boolean().describe('POST /api/projects for this partnership'),
        useRadar: z.boolean().describe('The calls radar of this partnership (GET /api/calls/radar?partnership=…)'),
        followCalls: z.boolean().describe('Follow a call for this partnership'),
        subscribeFeed: z.boolean().describe('Create a calendar feed of this partnership'),
        planActivity: z.boolean().optional().describe('POST /api/partnerships/{id}/activities: plan an exchange activity'),
      })
      .describe('What the caller may do with this partnership; all false for the public'),
  })
  .meta({ id: 'PartnershipSummary' });

const officeSchema = z.object({
  city: citySummarySchema,
  name: z.string().nullable(),
  address: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
});

const memberOrganisationsSchema = z.object({
  city: citySummarySchema,
  organisations: z.array(z.object({ id: z.string().uuid(), key: z.string(), name: z.string(), kind: z.string() })),
});

export const partnershipSchema = partnershipSummarySchema
  .extend({
    description: z.array(z.object({ lang: z.string().optional(), text: z.string() })),
    agreements: z.array(agreementSchema),
    timeline: z.array(partnershipTimelineEntrySchema).describe('Newest first; with joint project entries for callers who may see them'),
    offices: z.array(officeSchema).describe('Coordinating offices of the member cities'),
    memberOrganisations: z.array(memberOrganisationsSchema),
    version: z.number().int(),
    updatedAt: z.string(),
    updatedBy: z
      .object({ id: z.string().uuid(), displayName: z.string() })
      .nullable()
      .describe('Who changed it last; shown to signed-in users only, null for the public'),
  })
  .meta({ id: 'Partnership' });

export const partnershipListResponse = z.object({ items: z.array(partnershipSummarySchema) }).meta({ id: 'PartnershipList' });
export const dashboardResponse = z
  .object({
    items: z.array(partnershipSummarySchema),
    covers: z.enum(['all', 'own-city']).describe('all: the caller looks after every partnership (admins); own-city: those of their own city'),
  })
  .meta({ id: 'Dashboard' });

export type CreatePartnershipRequest = z.infer<typeof createPartnershipRequest>;
export type UpdatePartnershipRequest = z.infer<typeof updatePartnershipRequest>;
export type UpdatePartnershipThemesRequest = z.infer<typeof updatePartnershipThemesRequest>;
export type PartnershipSummary = z.infer<typeof partnershipSummarySchema>;
export type Dashboard = z.infer<typeof dashboardResponse>;
export type Partnership = z.infer<typeof partnershipSchema>;
export type PartnershipKind = (typeof partnershipKinds)[number];
export type PartnershipStatus = (typeof partnershipStatuses)[number];
