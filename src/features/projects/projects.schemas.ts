import { z } from 'zod';
import { citySummarySchema } from '../cities/cities.schemas.ts';
import { matchReasonSchema } from '../matching/matching.schemas.ts';
import { uiLocales } from '../../shared/locales.ts';
import { consortiumRoles, projectStages } from './project-vocabulary.ts';

export const TITLE_MAX = 300;
export const SUMMARY_MAX = 10_000;
export const NOTE_MAX = 1000;

export const submissionRules = ['coordinator_required', 'two_cities_required'] as const;

const stage = z.enum(projectStages);
const role = z.enum(consortiumRoles);
const version = z.number().int().min(1).describe('The version you read; 409 version_conflict if it changed since');
/** EUR, at most two decimals, at most 12 digits before the point (numeric(14, 2)). */
const amount = z
  .number()
  .min(0, 'use an amount of 0 or more')
  .max(999_999_999_999.99, 'use an amount below one trillion')
  .refine((v) => Math.abs(Math.round(v * 100) - v * 100) < 1e-6, 'use at most two decimals')
  .describe('EUR, 0 or more, at most two decimals');
const dateOnly = z.iso.date().describe('YYYY-MM-DD');

export const projectIdParams = z.object({ id: z.uuid().describe('Project id') });
export const partnerParams = z.object({ id: z.uuid().describe('Project id'), partnerId: z.uuid().describe('Consortium partner id') });

export const startProjectRequest = z
  .object({
    partnership: z.string().trim().min(1).max(100).describe('Partnership id or key'),
    callIdentifier: z
      .string()
      .trim()
      .min(1)
      .max(200)
      .optional()
      .describe('Topic identifier of the EU call to answer: title, summary, concepts and deadline are pre-filled from it'),
    title: z.string().trim().min(1).max(TITLE_MAX).optional().describe("Required unless a call is given (then the call's title is the default)"),
    acronym: z.string().trim().max(40).nullable().optional(),
    summary: z.string().trim().max(SUMMARY_MAX).optional(),
  })
  .superRefine((v, ctx) => {
    if (!v.title && !v.callIdentifier) ctx.addIssue({ code: 'custom', path: ['title'], message: 'give the project a title (or start it from a call)' });
  })
  .meta({ id: 'StartProjectRequest' });
export type StartProjectRequest = z.infer<typeof startProjectRequest>;

export const updateProjectRequest = z
  .object({
    version,
    title: z.string().trim().min(1).max(TITLE_MAX).optional(),
    acronym: z.string().trim().max(40).nullable().optional(),
    summary: z.string().trim().max(SUMMARY_MAX).optional(),
    startsOn: dateOnly.nullable().optional(),
    endsOn: dateOnly.nullable().optional(),
    requestedAmount: amount.nullable().optional(),
    awardedAmount: amount.nullable().optional(),
    callDeadlineAt: z.iso.datetime({ offset: true }).nullable().optional().describe('The cut-off the consortium aims for (ISO 8601)'),
  })
  .superRefine((v, ctx) => {
    if (v.startsOn && v.endsOn && v.endsOn < v.startsOn) ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'the end must not be before the start' });
  })
  .meta({ id: 'UpdateProjectRequest' });
export type UpdateProjectRequest = z.infer<typeof updateProjectRequest>;

export const moveProjectStageRequest = z
  .object({
    version,
    stage,
    occurredOn: dateOnly.optional().describe('The day it happened; default today; not in the future'),
    note: z.string().trim().max(NOTE_MAX).nullable().optional(),
    awardedAmount: amount.nullable().optional().describe('When moving to funded: the grant awarded (optional)'),
  })
  .meta({ id: 'MoveProjectStageRequest' });
export type MoveProjectStageRequest = z.infer<typeof moveProjectStageRequest>;

export const addConsortiumPartnerRequest = z
  .object({
    organisation: z.string().trim().min(1).max(100).describe("Organisation id or key, in one of the partnership's cities"),
    role,
    budget: amount.default(0),
    ownContribution: amount.default(0),
    note: z.string().trim().max(NOTE_MAX).nullable().optional(),
  })
  .meta({ id: 'AddConsortiumPartnerRequest' });
export type AddConsortiumPartnerRequest = z.infer<typeof addConsortiumPartnerRequest>;

export const updateConsortiumPartnerRequest = z
  .object({
    version,
    role: role.optional(),
    budget: amount.optional(),
    ownContribution: amount.optional(),
    note: z.string().trim().max(NOTE_MAX).nullable().optional(),
  })
  .meta({ id: 'UpdateConsortiumPartnerRequest' });
export type UpdateConsortiumPartnerRequest = z.infer<typeof updateConsortiumPartnerRequest>;

export const projectListQuery = z.object({
  partnership: z.string().trim().min(1).max(100).optional().describe('Partnership id or key'),
  stage: stage.optional(),
  city: z.uuid().optional().describe('Projects of partnerships this city belongs to'),
  call: z.string().trim().min(1).max(200).optional().describe('Topic identifier of the linked call'),
  limit: z.coerce
    .number()
    .int()
    .min(1, 'use a number from 1 to 1000')
    .max(1000, 'use a number from 1 to 1000')
    .default(500)
    .describe('At most this many projects, soonest deadline first; `total` says how many match'),
});
export type ProjectListQuery = z.infer<typeof projectListQuery>;

export const partnerSuggestionsQuery = z.object({
  limit: z.coerce.number().int().min(1, 'use a number from 1 to 30').max(30, 'use a number from 1 to 30').default(10),
  lang: z.enum(uiLocales).optional().describe("Language of the reasons' text; default: the caller's interface language"),
});

const amountOut = z.number();
const totals = { budget: amountOut, ownContribution: amountOut, total: amountOut };
const partnershipRef = z.object({ id: z.uuid(), key: z.string(), name: z.string() });
const callRef = z.object({ identifier: z.string(), title: z.string() });

export const projectSummarySchema = z
  .object({
    id: z.uuid(),
    title: z.string(),
    acronym: z.string().nullable(),
    stage,
    partnership: partnershipRef,
    call: callRef.nullable(),
    callDeadlineAt: z.string().nullable(),
    consortiumCities: z.array(citySummarySchema).describe("Cities of the consortium members, in the partnership's order"),
    consortiumSize: z.number().int(),
    budgetTotal: amountOut.describe("Sum of the partners' EU budgets"),
    requestedAmount: amountOut.nullable(),
    stageChangedAt: z.string(),
    nextStages: z.array(stage),
    canManage: z.boolean().describe('Deprecated: use can.manage'),
    can: z
      .object({ manage: z.boolean().describe('Move the stage, edit, change the consortium: the coordinators of the partnership cities and admins') })
      .describe('What the caller may do with this project'),
    version: z.number().int(),
  })
  .meta({ id: 'ProjectSummary' });
export type ProjectSummary = z.infer<typeof projectSummarySchema>;

export const projectListResponse = z.object({
  items: z.array(projectSummarySchema),
  total: z.number().int().describe('Readable projects matching the filters; more than the items when the list was cut at `limit`'),
  stageCounts: z.record(z.string(), z.number().int()).describe('Readable projects per stage (after the partnership and city filters)'),
});
export type ProjectListResponse = z.infer<typeof projectListResponse>;

export const consortiumPartnerSchema = z
  .object({
    id: z.uuid(),
    organisation: z.object({ id: z.uuid(), key: z.string(), name: z.string(), kind: z.string(), city: citySummarySchema }),
    role,
    budget: amountOut,
    ownContribution: amountOut,
    note: z.string().nullable(),
    version: z.number().int(),
  })
  .meta({ id: 'ConsortiumPartner' });
export type ConsortiumPartner = z.infer<typeof consortiumPartnerSchema>;

export const projectSchema = z
  .object({
    id: z.uuid(),
    title: z.string(),
    acronym: z.string().nullable(),
    summary: z.string(),
    stage,
    partnership: partnershipRef.extend({ cities: z.array(citySummarySchema) }),
    call: z
      .object({
        identifier: z.string(),
        title: z.string(),
        programmeCode: z.string().nullable(),
        programmeName: z.string().nullable(),
        status: z.enum(['forthcoming', 'open', 'closed']),
        nextDeadlineAt: z.string().nullable(),
        deadlines: z.array(z.object({ at: z.string(), label: z.string().optional() })),
        url: z.string().nullable(),
      })
      .nullable(),
    callDeadlineAt: z.string().nullable(),
    concepts: z.array(z.string()),
    themes: z.array(z.string()),
    startsOn: z.string().nullable(),
    endsOn: z.string().nullable(),
    requestedAmount: amountOut.nullable(),
    awardedAmount: amountOut.nullable(),
    consortium: z.array(consortiumPartnerSchema),
    budget: z.object({
      totals: z.object({ ...totals, ownContributionRate: z.number().describe('own / (budget + own), 0..1') }),
      perCity: z.array(z.object({ city: citySummarySchema, ...totals, budgetShare: z.number().describe("0..1 of the consortium's budget") })),
      perRole: z.array(z.object({ role, ...totals })),
    }),
    stageEvents: z.array(
      z.object({
        id: z.uuid(),
        fromStage: stage.nullable(),
        toStage: stage,
        occurredOn: z.string(),
        note: z.string().nullable(),
        actor: z.string().nullable(),
      }),
    ),
    stageChangedAt: z.string(),
    nextStages: z.array(stage),
    submissionProblems: z.array(z.enum(submissionRules)).describe('What the consortium lacks to be submitted (empty when ready)'),
    permissions: z.object({ canManage: z.boolean(), canEditWorkPlan: z.boolean() }).describe('Deprecated: use can.manage and can.editWorkPlan'),
    can: z
      .object({
        manage: z.boolean().describe('Move the stage, edit, change the consortium: the coordinators of the partnership cities and admins'),
        editWorkPlan: z.boolean().describe('Write work packages, milestones, indicators and documents: also editors of consortium organisations'),
      })
      .describe('What the caller may do with this project'),
    createdAt: z.string(),
    updatedAt: z.string(),
    version: z.number().int(),
  })
  .meta({ id: 'Project' });
export type Project = z.infer<typeof projectSchema>;

export const partnerSuggestionSchema = z
  .object({
    organisation: z.object({ id: z.uuid(), key: z.string(), name: z.string(), kind: z.string(), city: citySummarySchema }),
    score: z.number(),
    reasons: z.array(matchReasonSchema),
  })
  .meta({ id: 'ConsortiumPartnerSuggestion' });
export const partnerSuggestionsResponse = z.object({
  lang: z.enum(uiLocales),
  concepts: z.array(z.string()).describe("The concepts searched for (the call's, else the project's)"),
  items: z.array(partnerSuggestionSchema),
});
export type PartnerSuggestionsResponse = z.infer<typeof partnerSuggestionsResponse>;
