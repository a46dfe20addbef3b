import { z } from 'zod';
import { projectTimelineKinds } from './project-timeline.ts';
import { milestoneStatuses, workPackageStatuses } from './work-plan.table.ts';

export const projectParams = z.object({ id: z.uuid().describe('Project id') });
export const workPackageParams = projectParams.extend({ wpId: z.uuid().describe('Work package id') });
export const milestoneParams = projectParams.extend({ mId: z.uuid().describe('Milestone id') });
export const indicatorParams = projectParams.extend({ indicatorId: z.uuid().describe('Indicator id') });
export const documentParams = projectParams.extend({ docId: z.uuid().describe('Document id') });

const version = z.number().int().min(1).describe('The version you read; 409 version_conflict if it changed since');
const isoDate = z.iso.date().describe('ISO date, e.g. 2027-03-31');
const title = z.string().trim().min(1).max(300);
const amount = z.number().finite().min(-1e12).max(1e12);
const organisationRef = z.uuid().nullable().describe('An organisation of the consortium, or null');

const organisationSummary = z.object({ id: z.uuid(), name: z.string() }).meta({ id: 'WorkPlanOrganisation' });

// ---- work packages ------------------------------------------------------------------------

const workPackageFields = {
  title,
  description: z.string().trim().max(10_000).optional(),
  leadOrganisationId: organisationRef.optional(),
  startsOn: isoDate.nullable().optional(),
  endsOn: isoDate.nullable().optional(),
  status: z.enum(workPackageStatuses).optional(),
};

export const createWorkPackageRequest = z
  .object({ number: z.number().int().min(1).max(999).optional().describe('WP number; default the next free one'), ...workPackageFields })
  .meta({ id: 'CreateWorkPackageRequest' });
export const updateWorkPackageRequest = z
  .object({ version, number: z.number().int().min(1).max(999).optional(), ...workPackageFields, title: title.optional() })
  .meta({ id: 'UpdateWorkPackageRequest' });

export const workPackageSchema = z
  .object({
    id: z.uuid(),
    projectId: z.uuid(),
    number: z.number().int(),
    title: z.string(),
    description: z.string(),
    leadOrganisation: organisationSummary.nullable(),
    startsOn: z.string().nullable(),
    endsOn: z.string().nullable(),
    status: z.enum(workPackageStatuses),
    progress: z.object({ done: z.number().int(), total: z.number().int(), ratio: z.number(), late: z.number().int() }),
    version: z.number().int(),
    updatedAt: z.string(),
  })
  .meta({ id: 'WorkPackage' });
export const workPackageListResponse = z.object({ workPackages: z.array(workPackageSchema) }).meta({ id: 'WorkPackageList' });

// ---- milestones ---------------------------------------------------------------------------

const milestoneFields = {
  title,
  dueOn: isoDate,
  workPackageId: z.uuid().nullable().optional().describe('A work package of the same project, or null'),
  ownerOrganisationId: organisationRef.optional(),
};

export const createMilestoneRequest = z.object(milestoneFields).meta({ id: 'CreateMilestoneRequest' });
export const updateMilestoneRequest = z
  .object({
    version,
    ...milestoneFields,
    title: title.optional(),
    dueOn: isoDate.optional(),
    status: z.enum(milestoneStatuses).optional().describe('Back to planned clears the done day; use /done to mark done'),
  })
  .meta({ id: 'UpdateMilestoneRequest' });
export const milestoneDoneRequest = z
  .object({ version, doneOn: isoDate.optional().describe('The day it was reached; default today (Brussels); not in the future') })
  .meta({ id: 'MilestoneDoneRequest' });

export const milestoneSchema = z
  .object({
    id: z.uuid(),
    projectId: z.uuid(),
    workPackageId: z.uuid().nullable(),
    title: z.string(),
    dueOn: z.string(),
    ownerOrganisation: organisationSummary.nullable(),
    status: z.enum(milestoneStatuses),
    doneOn: z.string().nullable(),
    late: z.boolean().describe('Still planned after its due day'),
    version: z.number().int(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Milestone' });
export const milestoneListResponse = z.object({ milestones: z.array(milestoneSchema), nextMilestoneId: z.uuid().nullable() }).meta({ id: 'MilestoneList' });

// ---- indicators ---------------------------------------------------------------------------

const indicatorFields = {
  outcome: z.string().trim().min(1).max(1000).describe('The change the project brings about'),
  indicator: z.string().trim().min(1).max(500).describe('How that change is measured'),
  unit: z.string().trim().max(50).optional(),
  baseline: amount.optional().describe('Where it starts (default 0)'),
  target: amount.describe('Where it should be; below the baseline for indicators that should go down'),
  achieved: amount.nullable().optional().describe('The latest measurement'),
};

export const createIndicatorRequest = z.object(indicatorFields).meta({ id: 'CreateIndicatorRequest' });
export const updateIndicatorRequest = z
  .object({
    version,
    ...indicatorFields,
    outcome: indicatorFields.outcome.optional(),
    indicator: indicatorFields.indicator.optional(),
    target: amount.optional(),
  })
  .meta({ id: 'UpdateIndicatorRequest' });

export const indicatorSchema = z
  .object({
    id: z.uuid(),
    projectId: z.uuid(),
    outcome: z.string(),
    indicator: z.string(),
    unit: z.string(),
    baseline: z.number(),
    target: z.number(),
    achieved: z.number().nullable(),
    progress: z.object({ direction: z.enum(['increase', 'decrease', 'hold']), ratio: z.number().nullable(), reached: z.boolean() }),
    version: z.number().int(),
    updatedAt: z.string(),
  })
  .meta({ id: 'ProjectIndicator' });
export const indicatorListResponse = z.object({ indicators: z.array(indicatorSchema) }).meta({ id: 'ProjectIndicatorList' });

// ---- documents ----------------------------------------------------------------------------

export const projectDocumentSchema = z
  .object({
    id: z.uuid(),
    projectId: z.uuid(),
    title: z.string(),
    fileName: z.string(),
    contentType: z.string(),
    sizeBytes: z.number().int(),
    sha256: z.string(),
    uploadedAt: z.string(),
  })
  .meta({ id: 'ProjectDocument' });
export const projectDocumentListResponse = z.object({ documents: z.array(projectDocumentSchema) }).meta({ id: 'ProjectDocumentList' });

// ---- timeline -----------------------------------------------------------------------------

export const projectTimelineEntrySchema = z
  .object({
    kind: z.enum(projectTimelineKinds),
    on: z.string().describe('ISO date'),
    at: z.string().nullable().describe('The exact instant, for the call deadline'),
    title: z.string(),
    refId: z.string().nullable(),
    stage: z.string().nullable(),
    fromStage: z.string().nullable(),
    workPackageNumber: z.number().int().nullable(),
  })
  .meta({ id: 'ProjectTimelineEntry' });
export const projectTimelineResponse = z.object({ entries: z.array(projectTimelineEntrySchema) }).meta({ id: 'ProjectTimeline' });

export type CreateWorkPackageRequest = z.infer<typeof createWorkPackageRequest>;
export type UpdateWorkPackageRequest = z.infer<typeof updateWorkPackageRequest>;
export type WorkPackage = z.infer<typeof workPackageSchema>;
export type CreateMilestoneRequest = z.infer<typeof createMilestoneRequest>;
export type UpdateMilestoneRequest = z.infer<typeof updateMilestoneRequest>;
export type MilestoneDoneRequest = z.infer<typeof milestoneDoneRequest>;
export type Milestone = z.infer<typeof milestoneSchema>;
export type MilestoneList = z.infer<typeof milestoneListResponse>;
export type CreateIndicatorRequest = z.infer<typeof createIndicatorRequest>;
export type UpdateIndicatorRequest = z.infer<typeof updateIndicatorRequest>;
export type ProjectIndicator = z.infer<typeof indicatorSchema>;
export type ProjectDocument = z.infer<typeof projectDocumentSchema>;
export type ProjectTimelineEntry = z.infer<typeof projectTimelineEntrySchema>;
