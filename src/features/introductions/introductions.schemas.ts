import { z } from 'zod';
import { citySummarySchema } from '../cities/cities.schemas.ts';

export const MESSAGE_MAX = 1000;
export const REASON_MAX = 500;

export const introductionStatuses = ['pending', 'accepted', 'declined', 'withdrawn'] as const;
export const introductionStages = ['introduced', 'met', 'collaborating', 'joint-project'] as const;

export const introductionIdParams = z.object({ id: z.uuid().describe('Introduction id') });

const orgRef = z.string().trim().min(1).max(100);
const version = z.number().int().min(1).describe('The version you read; 409 version_conflict if it changed since');

export const createIntroductionRequest = z
  .object({
    from: orgRef.describe('Asking organisation (id or key). Members and editors ask for their own organisation'),
    to: orgRef.describe('Organisation in a partner city (id or key)'),
    itemId: z.uuid().nullable().optional().describe('The offer or request of either organisation the introduction is about'),
    message: z.string().trim().min(20).max(MESSAGE_MAX).describe('A short message to the other side (20–1000 characters, no contact details needed)'),
  })
  .meta({ id: 'CreateIntroductionRequest' });

export const acceptIntroductionRequest = z.object({ version }).meta({ id: 'AcceptIntroductionRequest' });
export const declineIntroductionRequest = z
  .object({ version, reason: z.string().trim().max(REASON_MAX).nullable().optional().describe('Why not (shown to the asking side)') })
  .meta({ id: 'DeclineIntroductionRequest' });
export const withdrawIntroductionRequest = z.object({ version }).meta({ id: 'WithdrawIntroductionRequest' });
export const moveStageRequest = z
  .object({
    version,
    stage: z.enum(introductionStages),
    on: z.iso.date().optional().describe('The day it happened (YYYY-MM-DD); default today; not in the future'),
  })
  .meta({ id: 'MoveIntroductionStageRequest' });

export const introductionListQuery = z.object({
  box: z.enum(['inbox', 'sent', 'all']).default('all').describe('inbox: asked of your organisation; sent: asked or brokered by you or your organisation'),
  status: z.enum(introductionStatuses).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const pipelineQuery = z.object({
  cityId: z.uuid().optional().describe('Admins: the city; coordinators always see their own city'),
  status: z.enum(introductionStatuses).optional(),
  stage: z.enum(introductionStages).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(200),
});

const organisationRef = z
  .object({ id: z.uuid(), key: z.string(), name: z.string(), kind: z.string(), city: citySummarySchema })
  .meta({ id: 'IntroductionOrganisation' });

export const contactSchema = z
  .object({
    kind: z.enum(['user', 'person']).describe('user: a Pontis account that asked or accepted; person: a contact of the organisation'),
    name: z.string(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    roleTitle: z.string().nullable(),
  })
  .meta({ id: 'IntroductionContact' });

const sideSchema = z
  .object({
    organisation: organisationRef,
    acceptedAt: z.string().nullable(),
    /** Null while contact details are hidden from the reader (partner-blind until both accept). */
    contacts: z.array(contactSchema).nullable(),
  })
  .meta({ id: 'IntroductionSide' });

const personRef = z.object({ displayName: z.string(), email: z.string() }).meta({ id: 'IntroductionUser' });

const summaryFields = {
  id: z.uuid(),
  status: z.enum(introductionStatuses),
  stage: z.enum(introductionStages).nullable(),
  brokered: z.boolean(),
  from: z.object({ organisation: organisationRef, acceptedAt: z.string().nullable() }),
  to: z.object({ organisation: organisationRef, acceptedAt: z.string().nullable() }),
  item: z.object({ id: z.uuid(), direction: z.enum(['offer', 'request']), title: z.string() }).nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
  unread: z.boolean().describe('Changed since the reader last opened it'),
  awaitingYou: z.boolean().describe('The reader can accept or decline it now'),
};

export const introductionSummarySchema = z.object(summaryFields).meta({ id: 'IntroductionSummary' });

export const introductionSchema = z
  .object({
    ...summaryFields,
    from: sideSchema,
    to: sideSchema,
    message: z.string(),
    requestedBy: personRef.nullable().describe('Hidden (null) from the other side until both accepted'),
    brokeredBy: personRef.nullable().describe('Hidden (null) from the other side until both accepted'),
    declinedAt: z.string().nullable(),
    declinedSide: z.enum(['from', 'to']).nullable(),
    declinedReason: z.string().nullable(),
    withdrawnAt: z.string().nullable(),
    ladder: z.object({
      introducedOn: z.string().nullable(),
      metOn: z.string().nullable(),
      collaboratingOn: z.string().nullable(),
      jointProjectOn: z.string().nullable(),
    }),
    contactsRevealed: z.boolean(),
    can: z
      .object({
        answer: z.boolean().describe('May accept or decline it now, for a side that has not accepted yet (sidesToAnswer)'),
        withdraw: z.boolean().describe('canWithdraw'),
        moveStage: z.boolean().describe('May move the follow-up ladder (canMoveStage)'),
      })
      .describe('What the caller may do with the introduction (introduction-policy.ts)'),
    viewer: z.object({
      sides: z.array(z.enum(['from', 'to'])).describe('The sides whose circle the reader is in'),
      canAccept: z.boolean().describe('Deprecated: use can.answer'),
      canDecline: z.boolean().describe('Deprecated: use can.answer'),
      canWithdraw: z.boolean().describe('Deprecated: use can.withdraw'),
      canMoveStage: z.boolean().describe('Deprecated: use can.moveStage'),
    }),
  })
  .meta({ id: 'Introduction' });

export const introductionListResponse = z
  .object({
    items: z.array(introductionSummarySchema),
    unread: z.object({ inbox: z.number().int(), sent: z.number().int(), awaitingYou: z.number().int() }),
  })
  .meta({ id: 'IntroductionList' });

const statusCounts = z.object({ pending: z.number().int(), accepted: z.number().int(), declined: z.number().int(), withdrawn: z.number().int() });
const stageCounts = z.object({ introduced: z.number().int(), met: z.number().int(), collaborating: z.number().int(), 'joint-project': z.number().int() });

export const pipelineResponse = z
  .object({
    city: citySummarySchema.nullable(),
    counts: z.object({ status: statusCounts, stage: stageCounts, total: z.number().int() }),
    items: z.array(introductionSummarySchema),
  })
  .meta({ id: 'IntroductionPipeline' });

export type CreateIntroductionRequest = z.infer<typeof createIntroductionRequest>;
export type DeclineIntroductionRequest = z.infer<typeof declineIntroductionRequest>;
export type MoveStageRequest = z.infer<typeof moveStageRequest>;
export type IntroductionListQuery = z.infer<typeof introductionListQuery>;
export type PipelineQuery = z.infer<typeof pipelineQuery>;
export type Introduction = z.infer<typeof introductionSchema>;
export type IntroductionSummary = z.infer<typeof introductionSummarySchema>;
export type IntroductionList = z.infer<typeof introductionListResponse>;
export type IntroductionPipeline = z.infer<typeof pipelineResponse>;
export type IntroductionContact = z.infer<typeof contactSchema>;
