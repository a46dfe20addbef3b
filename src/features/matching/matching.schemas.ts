import { z } from 'zod';
import { citySummarySchema } from '../cities/cities.schemas.ts';
import { uiLocales } from '../../shared/locales.ts';
import { matchReasonCodes } from './match-reason.ts';

/** Why a suggestion was (not) useful; stored in match_feedback.reason (migration 0008). */
export const feedbackReasons = ['good-fit', 'wrong-topic', 'wrong-kind', 'already-known', 'no-common-language', 'not-active', 'other'] as const;
export type FeedbackReason = (typeof feedbackReasons)[number];

export const matchesQuery = z.object({
  limit: z.coerce.number().int().min(1, 'use a number from 1 to 50').max(50, 'use a number from 1 to 50').default(10),
  lang: z.enum(uiLocales).optional().describe("Language of the reasons' text; default: the caller's interface language"),
});
export type MatchesQuery = z.infer<typeof matchesQuery>;

export const organisationParams = z.object({ id: z.string().min(1).max(100).describe('Organisation id (uuid) or key') });
export const itemParams = z.object({ id: z.uuid().describe('Offer or request id') });

export const matchReasonSchema = z
  .object({
    code: z.enum(matchReasonCodes as [string, ...string[]]),
    params: z.record(z.string(), z.unknown()).describe('Language-independent parameters (concept, kind, category, theme keys; language codes; item ids)'),
    text: z.string().describe('The reason in the requested language'),
  })
  .meta({ id: 'MatchReason' });

export const matchedItemSchema = z.object({
  id: z.uuid(),
  direction: z.enum(['offer', 'request']),
  title: z.string(),
  category: z.string().nullable(),
  /** The reader's own request or offer this one answers. */
  answers: z.uuid().describe("The reader's own request (for an offer) or offer (for a request) it answers"),
});

export const matchSchema = z
  .object({
    organisation: z.object({ id: z.uuid(), key: z.string(), name: z.string(), kind: z.string(), city: citySummarySchema }),
    score: z.number().describe('0..1; higher is better'),
    evidence: z
      .enum(['strong', 'some', 'weak'])
      .describe('strong: taxonomy concepts connect the two; some: only words of their texts (cognates, codes, names); weak: only kinds or categories'),
    reasons: z.array(matchReasonSchema),
    items: z.array(matchedItemSchema).describe("Their offers and requests that answer the reader's, best first"),
    can: z
      .object({ giveFeedback: z.boolean().describe("May rate the suggestion (the reader organisation's users, its city's coordinators, admins)") })
      .describe('What the caller may do with the suggestion (matching-policy.ts)'),
  })
  .meta({ id: 'Match' });

export const matchesResponse = z.object({ lang: z.enum(uiLocales), items: z.array(matchSchema) });
export type MatchView = z.infer<typeof matchSchema>;
export type MatchesResponse = z.infer<typeof matchesResponse>;

export const feedbackRequest = z
  .object({
    suggestedOrganisation: z.string().min(1).max(100).describe('Id (uuid) or key of the suggested organisation'),
    useful: z.boolean(),
    reason: z.enum(feedbackReasons).nullable().optional().describe('Required when not useful'),
    comment: z.string().trim().max(1000).nullable().optional(),
    itemId: z.uuid().nullable().optional().describe('The offer or request the suggestion was for'),
    score: z.number().min(0).max(1).nullable().optional().describe('The score shown'),
  })
  .superRefine((v, ctx) => {
    if (!v.useful && !v.reason) ctx.addIssue({ code: 'custom', path: ['reason'], message: 'say why the suggestion is not useful' });
  });
export type FeedbackRequest = z.infer<typeof feedbackRequest>;

export const feedbackResponse = z.object({
  id: z.uuid(),
  organisationId: z.uuid(),
  suggestedOrganisationId: z.uuid(),
  useful: z.boolean(),
  reason: z.enum(feedbackReasons).nullable(),
  comment: z.string().nullable(),
  updatedAt: z.string(),
});

export const qualityQuery = z.object({ city: z.uuid().optional().describe('Only suggestions for organisations of this city') });

export const qualityResponse = z.object({
  totals: z.object({ feedback: z.number(), useful: z.number(), notUseful: z.number() }),
  reasons: z.array(z.object({ reason: z.enum(feedbackReasons), useful: z.number(), notUseful: z.number() })),
  conversion: z.object({
    usefulPairs: z.number().describe('Suggestions marked useful'),
    usefulWithIntroduction: z.number().describe('…of which the pair has an introduction asked for after the feedback'),
    notUsefulWithIntroduction: z.number(),
  }),
  recent: z.array(
    z.object({
      organisation: z.object({ key: z.string(), name: z.string() }),
      suggested: z.object({ key: z.string(), name: z.string() }),
      useful: z.boolean(),
      reason: z.enum(feedbackReasons).nullable(),
      comment: z.string().nullable(),
      score: z.number().nullable(),
      at: z.string(),
    }),
  ),
});
export type QualityReport = z.infer<typeof qualityResponse>;
