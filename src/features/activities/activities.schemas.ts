import { z } from 'zod';
import { localisedTextsInput, localisedTextsSchema, originalLangSchema, requiredLocalisedTextsInput } from '../../shared/localised-texts.schemas.ts';
import { uiLocales } from '../../shared/locales.ts';
import { activityKinds, activityStatuses, gendersStated, participantRoles, participantSources, participantStatuses } from './activity-vocabulary.ts';

/**
 * The API contract of exchange activities (issue 13). Times are entered and shown in the
 * activity's time zone as local date-times (`YYYY-MM-DDTHH:mm`, no offset); responses also carry
 * the instants (ISO 8601 with offset) for calendars and sorting.
 */
export const TITLE_MAX = 300;
export const TEXT_MAX = 20_000;

const version = z.number().int().min(1).describe('The version you read; 409 version_conflict if it changed since');
export const localDateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'use YYYY-MM-DDTHH:mm')
  .describe("A local date and time in the activity's time zone, YYYY-MM-DDTHH:mm");
const countryCode = z
  .string()
  .trim()
  .regex(/^[A-Za-z]{2}$/, 'use a two-letter country code')
  .transform((c) => c.toUpperCase())
  .describe('ISO 3166-1 alpha-2');
const key = z
  .string()
  .trim()
  .regex(/^[a-z0-9][a-z0-9-]{0,99}$/, 'use lower-case letters, digits and dashes')
  .describe('Interchange key; made from the title when left out');

export const activityIdParams = z.object({ id: z.string().min(1).max(100).describe('Activity id (uuid) or key') });
export const participantIdParams = z.object({ id: z.uuid().describe('Participant id') });
export const encounterIdParams = z.object({ id: z.uuid().describe('Encounter id') });

export const agendaItemInput = z.object({
  startsLocal: localDateTime,
  endsLocal: localDateTime.nullable().optional(),
  title: requiredLocalisedTextsInput(TITLE_MAX),
  speakers: z.string().trim().max(500).nullable().optional(),
  language: z.string().trim().min(2).max(3).nullable().optional().describe('ISO 639-1 of the item'),
});

const activityFields = {
  kind: z.enum(activityKinds),
  title: requiredLocalisedTextsInput(TITLE_MAX).describe('Per language; at least one'),
  description: localisedTextsInput(TEXT_MAX).nullable().optional(),
  originalLang: originalLangSchema.optional(),
  hostCityId: z.uuid().nullable().describe("One of the partnership's cities; null for an online activity"),
  timeZone: z.string().trim().min(1).max(64).optional().describe("IANA zone; default: the host city's zone (required online)"),
  startsLocal: localDateTime,
  endsLocal: localDateTime,
  venue: z.string().trim().max(500).nullable().optional(),
  onlineUrl: z
    .url({ protocol: /^https?$/ })
    .max(1000)
    .nullable()
    .optional(),
  languages: z.array(z.string().trim().min(2).max(3)).max(10).default([]),
  themes: z.array(z.string().min(1).max(100)).max(20).default([]).describe('Theme keys; concepts are tagged from the description'),
  organiserOrganisationIds: z.array(z.uuid()).max(20).default([]),
  agenda: z.array(agendaItemInput).max(200).default([]),
  projectId: z.uuid().nullable().optional().describe('A joint project of the same partnership this activity serves'),
  measureId: z.uuid().nullable().optional().describe("A measure of the partnership's action programme this activity carries out"),
  isPublic: z.boolean().default(true),
  registrationOpen: z.boolean().default(true),
  capacity: z.number().int().min(1).max(100_000).nullable().optional(),
  registrationDeadlineLocal: localDateTime.nullable().optional(),
  needsRetentionDays: z.number().int().min(0).max(365).default(30).describe('Stated needs are deleted this many days after the end'),
};

export const createActivityRequest = z.object({ key: key.optional(), ...activityFields }).meta({ id: 'CreateActivityRequest' });
export const updateActivityRequest = z.object({ version, ...activityFields }).meta({ id: 'UpdateActivityRequest' });
export const cancelActivityRequest = z.object({ version, reason: localisedTextsInput(2000).nullable().optional() }).meta({ id: 'CancelActivityRequest' });
export const activityFollowUpRequest = z
  .object({ version, outcomes: localisedTextsInput(TEXT_MAX).nullable().optional(), minutes: localisedTextsInput(TEXT_MAX).nullable().optional() })
  .meta({ id: 'ActivityFollowUpRequest' });

const needsInput = z.object({
  interpretation: z.string().trim().max(500).nullable().optional(),
  accessibility: z.string().trim().max(500).nullable().optional(),
  diet: z.string().trim().max(500).nullable().optional(),
});

/** A member registering themselves: organisation, city and country come from their account unless given. */
export const registerForActivityRequest = z
  .object({
    role: z.enum(['participant', 'speaker']).default('participant'),
    language: z.enum(uiLocales).optional().describe('For mails and the invitation; default: the interface language'),
    country: countryCode.optional(),
    gender: z.enum(gendersStated).nullable().optional().describe('Only if you choose to state it'),
    needs: needsInput.optional().describe('Seen only by the organisers; deleted after the activity'),
    listed: z.boolean().default(false).describe('Consent to be named to other signed-in readers of the activity'),
  })
  .meta({ id: 'RegisterForActivityRequest' });

/** A coordinator adding a member of a delegation (with or without an account). */
export const addParticipantRequest = z
  .object({
    displayName: z.string().trim().min(1).max(200),
    email: z.email().max(320).nullable().optional(),
    userId: z.uuid().nullable().optional(),
    organisationId: z.uuid().nullable().optional(),
    organisationName: z.string().trim().max(300).nullable().optional(),
    organisationKind: z.string().trim().max(50).nullable().optional(),
    cityId: z.uuid().nullable().optional(),
    cityName: z.string().trim().max(200).nullable().optional(),
    country: countryCode,
    role: z.enum(participantRoles).default('delegate'),
    language: z.enum(uiLocales).default('en'),
    gender: z.enum(gendersStated).nullable().optional(),
    needs: needsInput.optional(),
    listed: z.boolean().default(false),
  })
  .meta({ id: 'AddParticipantRequest' });

export const updateParticipantRequest = z
  .object({
    version,
    role: z.enum(participantRoles).optional(),
    language: z.enum(uiLocales).optional(),
    country: countryCode.optional(),
    organisationName: z.string().trim().max(300).nullable().optional(),
    cityName: z.string().trim().max(200).nullable().optional(),
    gender: z.enum(gendersStated).nullable().optional(),
    needs: needsInput.optional(),
    listed: z.boolean().optional(),
  })
  .meta({ id: 'UpdateParticipantRequest' });

/** Attendance of one participant on the activity's days (local calendar days), e.g. from the signed sheet. */
export const recordAttendanceRequest = z
  .object({
    entries: z
      .array(z.object({ participantId: z.uuid(), day: z.iso.date(), present: z.boolean() }))
      .min(1)
      .max(5000),
  })
  .meta({ id: 'RecordAttendanceRequest' });

export const recordEncounterRequest = z.object({ organisationAId: z.uuid(), organisationBId: z.uuid() }).meta({ id: 'RecordEncounterRequest' });

const organisationRef = z.object({ id: z.uuid(), key: z.string(), name: z.string(), cityId: z.uuid().nullable() });
const cityRef = z.object({ id: z.uuid(), key: z.string(), name: z.string(), country: z.string(), timeZone: z.string().nullable() });

export const participantSchema = z
  .object({
    id: z.uuid(),
    displayName: z.string(),
    email: z.string().nullable().describe('Organisers and the participant only'),
    organisation: z.object({ id: z.uuid().nullable(), name: z.string().nullable(), kind: z.string().nullable() }),
    city: z.object({ id: z.uuid().nullable(), name: z.string().nullable() }),
    country: z.string(),
    role: z.enum(participantRoles),
    status: z.enum(participantStatuses),
    source: z.enum(participantSources),
    language: z.enum(uiLocales),
    gender: z.enum(gendersStated).nullable().describe('Organisers and the participant only'),
    needs: z
      .object({ interpretation: z.string().nullable(), accessibility: z.string().nullable(), diet: z.string().nullable() })
      .nullable()
      .describe('Organisers and the participant only; null once deleted after the activity'),
    listed: z.boolean(),
    waitingPosition: z.number().int().nullable().describe('Place on the waiting list (1 = next)'),
    attendedDays: z.array(z.string()).describe('Local days with confirmed attendance'),
    registeredAt: z.string(),
    version: z.number().int(),
    can: z.object({ edit: z.boolean(), cancel: z.boolean(), recordAttendance: z.boolean() }),
  })
  .meta({ id: 'ActivityParticipant' });

export const participantListSchema = z
  .object({
    scope: z.enum(['all', 'listed', 'counts']).describe('all: organisers; listed: those who consented; counts: the public'),
    items: z.array(participantSchema),
    counts: z.object({ registered: z.number().int(), waiting: z.number().int() }),
    can: z.object({ add: z.boolean(), recordAttendance: z.boolean() }),
  })
  .meta({ id: 'ActivityParticipants' });

export const agendaItemSchema = z.object({
  id: z.uuid(),
  startsLocal: z.string(),
  endsLocal: z.string().nullable(),
  title: localisedTextsSchema,
  speakers: z.string().nullable(),
  language: z.string().nullable(),
});

export const encounterSchema = z
  .object({
    id: z.uuid(),
    organisationA: organisationRef,
    organisationB: organisationRef,
    introductionId: z.uuid().nullable(),
    recordedAt: z.string(),
  })
  .meta({ id: 'ActivityEncounter' });

const activityAbilities = z
  .object({
    edit: z.boolean().describe('PUT, cancel, agenda: the organisers'),
    delete: z.boolean().describe('DELETE: who may plan activities for the partnership'),
    addParticipant: z.boolean().describe('Add a delegation member: the organisers'),
    register: z.boolean().describe('Register oneself now (policy, registration open, deadline, not yet registered)'),
    viewReport: z.boolean().describe('Participation report and signature sheet: the organisers'),
    recordAttendance: z.boolean(),
    recordFollowUp: z.boolean().describe('Outcomes, minutes, who met whom: the organisers'),
  })
  .describe('What the caller may do with this activity');

export const activitySummarySchema = z
  .object({
    id: z.uuid(),
    key: z.string(),
    partnershipId: z.uuid(),
    kind: z.enum(activityKinds),
    status: z.enum(activityStatuses),
    title: localisedTextsSchema,
    originalLang: originalLangSchema,
    hostCity: cityRef.nullable().describe('null: online'),
    timeZone: z.string(),
    startsAt: z.string(),
    endsAt: z.string(),
    startsLocal: z.string(),
    endsLocal: z.string(),
    venue: z.string().nullable(),
    languages: z.array(z.string()),
    themes: z.array(z.string()),
    isPublic: z.boolean(),
    registered: z.number().int(),
    capacity: z.number().int().nullable(),
    myStatus: z.enum(participantStatuses).nullable().describe("The caller's own registration"),
    can: activityAbilities,
  })
  .meta({ id: 'ActivitySummary' });

export const activityListSchema = z
  .object({
    items: z.array(activitySummarySchema),
    can: z.object({ plan: z.boolean().describe("POST: the partnership's coordinators and admins") }),
  })
  .meta({ id: 'ActivityList' });

export const activitySchema = activitySummarySchema
  .extend({
    partnership: z.object({ id: z.uuid(), key: z.string(), name: z.string() }),
    description: localisedTextsSchema,
    onlineUrl: z.string().nullable(),
    days: z.array(z.string()).describe("The activity's local calendar days"),
    concepts: z.array(z.string()),
    organisers: z.array(organisationRef),
    agenda: z.array(agendaItemSchema),
    project: z.object({ id: z.uuid(), title: z.string() }).nullable(),
    measure: z.object({ id: z.uuid(), key: z.string(), title: localisedTextsSchema }).nullable(),
    registration: z.object({
      open: z.boolean().describe('Self-registration possible now'),
      registrationOpen: z.boolean().describe("The organisers' setting"),
      deadline: z.string().nullable(),
      deadlineLocal: z.string().nullable(),
      waiting: z.number().int(),
      placesLeft: z.number().int().nullable(),
      closedBecause: z.enum(['closed', 'deadline-passed', 'started', 'cancelled']).nullable(),
    }),
    myRegistration: participantSchema.nullable(),
    outcomes: localisedTextsSchema,
    minutes: localisedTextsSchema,
    cancellationReason: localisedTextsSchema.describe('Why it was called off; empty when not cancelled or no reason was given'),
    encounters: z.array(encounterSchema),
    needsRetentionDays: z.number().int(),
    needsErasedAt: z.string().nullable(),
    version: z.number().int(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Activity' });

/** A requirement of a funding rule not met: what is required and what the activity has. */
export const ruleShortfallSchema = z.object({
  requirement: z.enum([
    'direct-participants',
    'invited-international-participants',
    'eligible-countries',
    'municipalities-countries',
    'ineligible-participants',
  ]),
  required: z.number().int(),
  actual: z.number().int(),
});

export const fundingRuleCheckSchema = z.object({
  rule: z.enum(['cerv-town-twinning', 'cerv-networks-of-towns']),
  met: z.boolean(),
  missing: z.array(ruleShortfallSchema),
});

export const participationReportSchema = z
  .object({
    activityId: z.uuid(),
    key: z.string(),
    hostCountry: z.string().nullable(),
    participants: z.number().int().describe('Direct participants: registered, not waiting or cancelled'),
    attended: z.number().int().describe('Participants with attendance confirmed on at least one day'),
    byCountry: z.record(z.string(), z.number().int()),
    byCity: z.array(z.object({ cityId: z.uuid().nullable(), name: z.string(), country: z.string(), count: z.number().int() })),
    byOrganisationKind: z.record(z.string(), z.number().int()),
    byGender: z.record(z.string(), z.number().int()).describe('Counts of those who stated it; "not-stated" for the rest'),
    byRole: z.record(z.string(), z.number().int()),
    invitedInternational: z.number().int().describe('From eligible countries other than the host country'),
    attendanceByDay: z.array(z.object({ day: z.string(), present: z.number().int() })),
    rules: z.array(fundingRuleCheckSchema),
  })
  .meta({ id: 'ParticipationReport' });

export type CreateActivityRequest = z.infer<typeof createActivityRequest>;
export type UpdateActivityRequest = z.infer<typeof updateActivityRequest>;
export type CancelActivityRequest = z.infer<typeof cancelActivityRequest>;
export type ActivityFollowUpRequest = z.infer<typeof activityFollowUpRequest>;
export type RegisterForActivityRequest = z.infer<typeof registerForActivityRequest>;
export type AddParticipantRequest = z.infer<typeof addParticipantRequest>;
export type UpdateParticipantRequest = z.infer<typeof updateParticipantRequest>;
export type RecordAttendanceRequest = z.infer<typeof recordAttendanceRequest>;
export type RecordEncounterRequest = z.infer<typeof recordEncounterRequest>;
export type ActivityParticipant = z.infer<typeof participantSchema>;
export type ActivityParticipants = z.infer<typeof participantListSchema>;
export type ActivitySummary = z.infer<typeof activitySummarySchema>;
export type ActivityList = z.infer<typeof activityListSchema>;
export type Activity = z.infer<typeof activitySchema>;
export type ParticipationReport = z.infer<typeof participationReportSchema>;
export type FundingRuleCheck = z.infer<typeof fundingRuleCheckSchema>;

/** A partnership's activities: upcoming (not ended, soonest first), past (newest first) or all; optionally those touching a range of local days (a calendar month). */
export const activityListQuery = z
  .object({
    when: z.enum(['upcoming', 'past', 'all']).default('all'),
    from: z.iso.date().optional().describe('First local day (YYYY-MM-DD); with to: activities on a day of the range'),
    to: z.iso.date().optional().describe('Last local day (YYYY-MM-DD)'),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { path: ['to'], message: 'to must not be before from' });
export const partnershipIdParams = z.object({ id: z.string().min(1).max(100).describe('Partnership id (uuid) or key') });
export type ActivityListQuery = z.infer<typeof activityListQuery>;

/** GET /api/me/activities: the caller's registrations and waiting-list places (not the cancelled), upcoming first (added by activity-participants). */
export const myActivitiesSchema = z
  .object({
    items: z.array(
      z.object({
        activityId: z.uuid(),
        key: z.string(),
        partnershipId: z.uuid(),
        kind: z.enum(activityKinds),
        activityStatus: z.enum(activityStatuses),
        title: localisedTextsSchema,
        timeZone: z.string(),
        startsAt: z.string(),
        endsAt: z.string(),
        startsLocal: z.string(),
        endsLocal: z.string(),
        participantId: z.uuid(),
        status: z.enum(participantStatuses),
        role: z.enum(participantRoles),
        waitingPosition: z.number().int().nullable(),
        upcoming: z.boolean().describe('Not yet ended'),
      }),
    ),
  })
  .meta({ id: 'MyActivities' });
export type MyActivities = z.infer<typeof myActivitiesSchema>;
