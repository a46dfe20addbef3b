import { z } from 'zod';
import { localisedTextsInput, localisedTextsSchema, originalLangSchema, requiredLocalisedTextsInput } from '../../shared/localised-texts.schemas.ts';
import { uiLocales } from '../../shared/locales.ts';
import { measureStatuses } from './programme-vocabulary.ts';

/**
 * The API contract of joint action programmes (issue 13): programme → fields of action (themes)
 * → goals → measures, with progress rolled up from measures (progress-roll-up.ts).
 */
export const TITLE_MAX = 300;
export const TEXT_MAX = 10_000;

const version = z.number().int().min(1).describe('The version you read; 409 version_conflict if it changed since');
const dateOnly = z.iso.date().describe('YYYY-MM-DD');
const key = z
  .string()
  .trim()
  .regex(/^[a-z0-9][a-z0-9-]{0,99}$/, 'use lower-case letters, digits and dashes')
  .describe('Interchange key; made from the title when left out');
const amount = z
  .number()
  .min(0)
  .max(999_999_999_999.99)
  .refine((v) => Math.abs(Math.round(v * 100) - v * 100) < 1e-6, 'use at most two decimals')
  .describe('EUR, at most two decimals');
const figure = z
  .number()
  .min(-1e13)
  .max(1e13)
  .refine((v) => Math.abs(Math.round(v * 100) - v * 100) < 1e-6, 'use at most two decimals');
const sdgTarget = z
  .string()
  .trim()
  .regex(/^(1[0-7]|[1-9])\.([0-9]{1,2}|[a-c])$/, 'use an SDG target such as 11.2 or 17.b')
  .describe('SDG target, e.g. 11.2');

export const programmeIdParams = z.object({ id: z.string().min(1).max(100).describe('Programme id (uuid) or key') });
export const programmePartIdParams = z.object({ id: z.uuid() });
export const partnershipIdParams = z.object({ id: z.string().min(1).max(100).describe('Partnership id (uuid) or key') });
/** The language of theme names (`themeName`): asked for, else the reader's (account, then Accept-Language). */
export const programmeLanguageQuery = z.object({ lang: z.enum(uiLocales).optional().describe('Language of the theme names; default: the reader’s') });

const programmeFieldsInput = {
  title: requiredLocalisedTextsInput(TITLE_MAX),
  summary: localisedTextsInput(TEXT_MAX).nullable().optional(),
  originalLang: originalLangSchema.optional(),
  startsOn: dateOnly,
  endsOn: dateOnly,
};
export const createProgrammeRequest = z
  .object({
    key: key.optional(),
    ...programmeFieldsInput,
    withFocusThemes: z.boolean().default(true).describe('Start with one field of action per focus theme of the partnership'),
  })
  .meta({ id: 'CreateProgrammeRequest' });
export const updateProgrammeRequest = z.object({ version, ...programmeFieldsInput }).meta({ id: 'UpdateProgrammeRequest' });

export const createFieldRequest = z
  .object({ themeKey: z.string().min(1).max(100), description: localisedTextsInput(TEXT_MAX).nullable().optional() })
  .meta({ id: 'CreateProgrammeFieldRequest' });
export const updateFieldRequest = z
  .object({ version, description: localisedTextsInput(TEXT_MAX).nullable().optional(), position: z.number().int().min(0).max(1000).optional() })
  .meta({ id: 'UpdateProgrammeFieldRequest' });

const goalFields = {
  title: requiredLocalisedTextsInput(TITLE_MAX),
  description: localisedTextsInput(TEXT_MAX).nullable().optional(),
  position: z.number().int().min(0).max(1000).optional(),
};
export const createGoalRequest = z.object(goalFields).meta({ id: 'CreateProgrammeGoalRequest' });
export const updateGoalRequest = z.object({ version, ...goalFields }).meta({ id: 'UpdateProgrammeGoalRequest' });

export const responsibleInput = z
  .object({
    cityId: z.uuid().describe("One of the partnership's cities"),
    organisationId: z.uuid().nullable().optional(),
    office: z.string().trim().min(1).max(300).nullable().optional().describe('An office named in text (e.g. "International Office")'),
  })
  .refine((r) => !!r.organisationId || !!r.office, { message: 'name an organisation or an office', path: ['office'] });

export const indicatorInput = z.object({
  name: requiredLocalisedTextsInput(TITLE_MAX),
  unit: z.string().trim().max(50).default(''),
  baseline: figure.nullable().optional(),
  target: figure.nullable().optional(),
  achieved: figure.nullable().optional(),
  source: z.string().trim().max(500).nullable().optional(),
});

const measureFields = {
  title: requiredLocalisedTextsInput(TITLE_MAX),
  description: localisedTextsInput(TEXT_MAX).nullable().optional(),
  startsOn: dateOnly.nullable().optional(),
  endsOn: dateOnly.nullable().optional(),
  budget: amount.nullable().optional(),
  status: z.enum(measureStatuses).default('planned'),
  progress: z.number().int().min(0).max(100).default(0).describe('Percent; 100 when done'),
  sdgTargets: z.array(sdgTarget).max(30).default([]),
  responsibles: z.array(responsibleInput).max(30).default([]),
  indicators: z.array(indicatorInput).max(30).default([]),
  projectIds: z.array(z.uuid()).max(30).default([]).describe('Joint projects of the same partnership that carry out the measure'),
  position: z.number().int().min(0).max(1000).optional(),
};
export const createMeasureRequest = z.object({ key: key.optional(), ...measureFields }).meta({ id: 'CreateProgrammeMeasureRequest' });
export const updateMeasureRequest = z
  .object({
    version,
    goalId: z.uuid().optional().describe('Move to another goal of the same programme'),
    key: key.optional().describe('A new key, unique within the programme; left out: the key stays'),
    ...measureFields,
  })
  .meta({
    id: 'UpdateProgrammeMeasureRequest',
  });

/** Roll-up figures of a part of the programme (measure, goal, field or the whole). */
export const progressSchema = z
  .object({
    progress: z.number().describe('Percent, mean of the parts below that are not dropped; 0 when there are none'),
    measures: z.number().int().describe('Measures below, dropped ones included'),
    byStatus: z.object({ planned: z.number().int(), running: z.number().int(), done: z.number().int(), dropped: z.number().int() }),
    late: z.number().int().describe('Measures past their end and not done or dropped, or past their start and still planned'),
  })
  .meta({ id: 'ProgrammeProgress' });

const abilities = z.object({ edit: z.boolean(), delete: z.boolean() });

export const measureSchema = z
  .object({
    id: z.uuid(),
    key: z.string(),
    goalId: z.uuid(),
    title: localisedTextsSchema,
    description: localisedTextsSchema,
    startsOn: z.string().nullable(),
    endsOn: z.string().nullable(),
    budget: z.number().nullable(),
    status: z.enum(measureStatuses),
    progress: z.number().int(),
    late: z.enum(['overdue', 'not-started']).nullable().describe('overdue: past its end, not done; not-started: past its start, still planned'),
    sdgTargets: z.array(z.string()),
    responsibles: z.array(
      z.object({
        cityId: z.uuid(),
        cityName: z.string(),
        organisation: z.object({ id: z.uuid(), key: z.string(), name: z.string() }).nullable(),
        office: z.string().nullable(),
      }),
    ),
    indicators: z.array(
      z.object({
        id: z.uuid(),
        name: localisedTextsSchema,
        unit: z.string(),
        baseline: z.number().nullable(),
        target: z.number().nullable(),
        achieved: z.number().nullable(),
        source: z.string().nullable(),
        share: z.number().nullable().describe('(achieved − baseline) / (target − baseline), 0..1; null without target'),
      }),
    ),
    projects: z.array(z.object({ id: z.uuid(), title: z.string() })),
    activities: z.array(z.object({ id: z.uuid(), key: z.string(), title: localisedTextsSchema, startsAt: z.string() })),
    version: z.number().int(),
    updatedAt: z.string(),
    can: abilities,
  })
  .meta({ id: 'ProgrammeMeasure' });

export const goalSchema = z
  .object({
    id: z.uuid(),
    fieldId: z.uuid(),
    title: localisedTextsSchema,
    description: localisedTextsSchema,
    rollUp: progressSchema,
    measures: z.array(measureSchema),
    version: z.number().int(),
    can: abilities.extend({ addMeasure: z.boolean() }),
  })
  .meta({ id: 'ProgrammeGoal' });

export const fieldSchema = z
  .object({
    id: z.uuid(),
    themeKey: z.string(),
    themeName: z.string().describe('In the interface language of the request'),
    description: localisedTextsSchema,
    rollUp: progressSchema,
    goals: z.array(goalSchema),
    version: z.number().int(),
    can: abilities.extend({ addGoal: z.boolean() }),
  })
  .meta({ id: 'ProgrammeField' });

export const programmeSummarySchema = z
  .object({
    id: z.uuid(),
    key: z.string(),
    partnershipId: z.uuid(),
    title: localisedTextsSchema,
    originalLang: originalLangSchema,
    startsOn: z.string(),
    endsOn: z.string(),
    rollUp: progressSchema,
    can: abilities,
  })
  .meta({ id: 'ProgrammeSummary' });

export const programmeListSchema = z.object({ items: z.array(programmeSummarySchema), can: z.object({ create: z.boolean() }) }).meta({ id: 'ProgrammeList' });

export const programmeSchema = programmeSummarySchema
  .extend({
    partnership: z.object({ id: z.uuid(), key: z.string(), name: z.string() }),
    summary: localisedTextsSchema,
    fields: z.array(fieldSchema),
    version: z.number().int(),
    updatedAt: z.string(),
    can: abilities.extend({ addField: z.boolean() }),
  })
  .meta({ id: 'Programme' });

export type CreateProgrammeRequest = z.infer<typeof createProgrammeRequest>;
export type UpdateProgrammeRequest = z.infer<typeof updateProgrammeRequest>;
export type CreateFieldRequest = z.infer<typeof createFieldRequest>;
export type UpdateFieldRequest = z.infer<typeof updateFieldRequest>;
export type CreateGoalRequest = z.infer<typeof createGoalRequest>;
export type UpdateGoalRequest = z.infer<typeof updateGoalRequest>;
export type CreateMeasureRequest = z.infer<typeof createMeasureRequest>;
export type UpdateMeasureRequest = z.infer<typeof updateMeasureRequest>;
export type ProgrammeProgress = z.infer<typeof progressSchema>;
export type ProgrammeMeasure = z.infer<typeof measureSchema>;
export type ProgrammeGoal = z.infer<typeof goalSchema>;
export type ProgrammeField = z.infer<typeof fieldSchema>;
export type ProgrammeSummary = z.infer<typeof programmeSummarySchema>;
export type ProgrammeList = z.infer<typeof programmeListSchema>;
export type Programme = z.infer<typeof programmeSchema>;
