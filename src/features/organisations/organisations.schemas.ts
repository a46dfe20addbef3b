import { z } from 'zod';
import { citySummarySchema } from '../cities/cities.schemas.ts';
import { organisationCompletenessSchema } from './organisation-completeness.ts';

export const organisationKinds = [
  'university',
  'research-institute',
  'company',
  'startup',
  'public-administration',
  'public-company',
  'ngo',
  'cluster',
  'school',
  'cultural',
  'other',
] as const;
export type OrganisationKind = (typeof organisationKinds)[number];

export const itemCategories = [
  'expertise',
  'technology',
  'research',
  'pilot-site',
  'funding-partner',
  'investment',
  'market-access',
  'talent',
  'infrastructure',
  'knowledge-exchange',
  'other',
] as const;
export type ItemCategory = (typeof itemCategories)[number];

export const organisationKeySchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/, 'use lower-case letters, digits and hyphens (at most 80)');
const languageCode = z.string().regex(/^[a-z]{2}$/, 'use a two-letter ISO 639-1 code');
const themeKeys = z.array(z.string().trim().min(1).max(80)).max(30);
const conceptKeys = z
  .array(
    z
      .string()
      .trim()
      .regex(/^[a-z0-9][a-z0-9-]{0,79}$/, 'use a taxonomy concept key'),
  )
  .max(30)
  .describe('Taxonomy concept keys the editor confirmed (GET /api/taxonomy; proposals: POST /api/tagging/proposals); left out: as they were');
const longText = z.string().trim().min(1).max(20000);

export const localisedTextSchema = z.object({ lang: languageCode.nullable().optional(), text: longText });

export const itemStatuses = ['draft', 'pending-review', 'approved', 'returned'] as const;

export const organisationItemSchema = z.object({
  id: z.uuid().optional().describe('Send the id you read to keep the item (and its review state when unchanged); leave out for a new item'),
  draft: z.boolean().optional().describe('true: a private draft, not submitted for review; false: submit it; left out: as it was'),
  category: z.enum(itemCategories).nullable().optional(),
  lang: languageCode.nullable().optional(),
  title: z.string().trim().max(300).nullable().optional(),
  text: longText,
  themes: themeKeys.optional(),
  concepts: conceptKeys.optional(),
  validUntil: z.iso.date().nullable().optional().describe('Last day the offer or request stands (YYYY-MM-DD)'),
});

const organisationFields = {
  name: z.string().trim().min(1).max(300),
  kind: z.enum(organisationKinds),
  cityId: z.uuid(),
  website: z
    .url({ protocol: /^https?$/, error: 'use an http:// or https:// address' })
    .max(2000)
    .nullable()
    .optional()
    .describe('An http:// or https:// address'),
  languages: z.array(languageCode).max(30).optional(),
  description: z.array(localisedTextSchema).max(20).optional(),
  themes: themeKeys.optional(),
  concepts: conceptKeys.optional(),
  offers: z
    .array(organisationItemSchema)
    .max(100)
    .optional()
    .describe(
      'The complete list of offers: on update, stored offers left out of it are deleted (send their id to keep them); leave the field out to keep the stored offers as they are',
    ),
  requests: z
    .array(organisationItemSchema)
    .max(100)
    .optional()
    .describe('The complete list of requests, like offers: stored requests left out of a sent list are deleted; leave the field out to keep them'),
};

export const createOrganisationRequest = z
  .object({
    key: organisationKeySchema.optional().describe('Derived from the name when left out'),
    ...organisationFields,
  })
  .meta({ id: 'CreateOrganisationRequest' });

/**
 * A full replacement of the profile: fields left out are cleared, except concepts, offers and
 * requests, which are kept when left out (a sent list replaces the stored one). The key stays.
 */
export const updateOrganisationRequest = z.object({ version: z.number().int().min(1), ...organisationFields }).meta({ id: 'UpdateOrganisationRequest' });

/** An offer or request as the API shows it (the review queue adds where it comes from). */
export const organisationItemResponse = z.object({
  id: z.uuid(),
  status: z.enum(itemStatuses).describe('Readers outside the organisation and its city see approved items only'),
  reviewComment: z.string().nullable().describe('Why the coordinator sent the item back'),
  expired: z.boolean().describe('The valid-until date has passed; expired items are hidden from the public'),
  version: z.number().int(),
  category: z.string().nullable(),
  lang: z.string().nullable(),
  title: z.string().nullable(),
  text: z.string(),
  themes: z.array(z.string()),
  concepts: z.array(z.string()).describe('Taxonomy concept keys the editor confirmed'),
  validUntil: z.string().nullable(),
});

// What every view of an organisation shows, from a list row to the full profile.
const organisationCoreFields = {
  id: z.uuid(),
  key: z.string(),
  name: z.string(),
  kind: z.string(),
  city: citySummarySchema,
  website: z.string().nullable(),
  themes: z.array(z.string()),
};

/**
 * A contact person, the API's `Person`: an organisation's profile lists its people in this shape.
 * It is declared here because organisations sits below people (a person belongs to an
 * organisation, and organisations must not depend on people); the people feature answers with
 * this same schema (people.schemas.ts names it `personSchema`). One schema object, since the API
 * description allows one schema per component id.
 */
export const personAbilitiesSchema = z
  .object({
    edit: z.boolean(),
    delete: z.boolean(),
    readHistory: z.boolean(),
    changeOrganisation: z.boolean().describe('May give the person another organisation or none (the form unlocks it)'),
    changeCity: z.boolean().describe('May move the person to another city (the form unlocks it)'),
  })
  .meta({ id: 'PersonAbilities' });

export const organisationPersonSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    roleTitle: z.string().nullable(),
    organisation: z.object({ id: z.uuid(), key: z.string(), name: z.string() }).nullable(),
    city: citySummarySchema,
    email: z.string().nullable(),
    phone: z.string().nullable(),
    languages: z.array(z.string()),
    visibleToPartners: z.boolean(),
    visibleToPublic: z.boolean(),
    can: personAbilitiesSchema,
    canEdit: z.boolean().describe('Deprecated: use can.edit'),
    version: z.number().int(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Person' });

export const organisationSummarySchema = z.object(organisationCoreFields).meta({ id: 'OrganisationSummary' });

/** What the caller may do with the organisation (computed by organisation-policy.ts). */
export const organisationAbilitiesSchema = z
  .object({
    edit: z.boolean(),
    delete: z.boolean(),
    changeCity: z.boolean().describe('May move it to another city (the form unlocks the city)'),
    readHistory: z.boolean(),
    renewItems: z.boolean().describe('May renew its offers and requests'),
    reviewItems: z.boolean().describe('Reviews its items: what the caller saves is published without review'),
  })
  .meta({ id: 'OrganisationAbilities' });

export const organisationSchema = z
  .object({
    ...organisationCoreFields,
    languages: z.array(z.string()),
    concepts: z.array(z.string()).describe('Taxonomy concept keys the editor confirmed'),
    description: z.array(z.object({ lang: z.string().nullable(), text: z.string() })),
    offers: z.array(organisationItemResponse),
    requests: z.array(organisationItemResponse),
    people: z.array(organisationPersonSchema).describe('Only the people the caller may see'),
    completeness: organisationCompletenessSchema.nullable().describe('What the profile lacks; only for those who may edit it'),
    can: organisationAbilitiesSchema,
    canEdit: z.boolean().describe('Deprecated: use can.edit'),
    canDelete: z.boolean().describe('Deprecated: use can.delete'),
    version: z.number().int(),
    updatedAt: z.string(),
    updatedBy: z.object({ id: z.uuid(), displayName: z.string() }).nullable(),
  })
  .meta({ id: 'Organisation' });

export const organisationListQuery = z.object({
  cityId: z.uuid().optional(),
  kind: z.enum(organisationKinds).optional(),
  q: z.string().trim().max(200).optional().describe('Part of the name; case and diacritics ignored'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

export const organisationListResponse = z
  .object({
    items: z.array(organisationSummarySchema),
    total: z.number().int(),
    limit: z.number().int(),
    offset: z.number().int(),
  })
  .meta({ id: 'OrganisationList' });

export type CreateOrganisationRequest = z.infer<typeof createOrganisationRequest>;
export type UpdateOrganisationRequest = z.infer<typeof updateOrganisationRequest>;
export type OrganisationItemInput = z.infer<typeof organisationItemSchema>;
export type OrganisationItem = z.infer<typeof organisationItemResponse>;
export type Organisation = z.infer<typeof organisationSchema>;
export type OrganisationPerson = z.infer<typeof organisationPersonSchema>;
export type OrganisationSummary = z.infer<typeof organisationSummarySchema>;
export type OrganisationListQuery = z.infer<typeof organisationListQuery>;
