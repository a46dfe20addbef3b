import { z } from 'zod';

export const cityKeySchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/, 'use lower-case letters, digits and hyphens');
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

export const cityAliasSchema = z.object({
  name: z.string().trim().min(1).max(200),
  lang: z
    .string()
    .regex(/^[a-z]{2}$/, 'use a two-letter ISO 639-1 code')
    .nullable()
    .optional(),
});

export const coordinatingOfficeSchema = z.object({
  name: optionalText(300),
  address: optionalText(500),
  email: z.string().trim().email().max(320).nullable().optional(),
  phone: optionalText(50),
});

const cityFields = {
  name: z.string().trim().min(1).max(200),
  country: z.string().regex(/^[A-Z]{2}$/, 'use a two-letter ISO 3166 country code'),
  latitude: z.number().min(-90).max(90).nullable().optional(),
  longitude: z.number().min(-180).max(180).nullable().optional(),
  // The column is a 32-bit integer; larger counts would fail in the database (the largest city has ~4e7).
  population: z.number().int().min(0).max(2_147_483_647).nullable().optional(),
  timeZone: z.string().max(64).nullable().optional(),
  office: coordinatingOfficeSchema.optional(),
  aliases: z.array(cityAliasSchema).max(50).optional(),
};

export const createCityRequest = z.object({ key: cityKeySchema, ...cityFields }).meta({ id: 'CreateCityRequest' });
export const updateCityRequest = z.object({ version: z.number().int().min(1), ...cityFields }).meta({ id: 'UpdateCityRequest' });

export const citySummarySchema = z.object({ id: z.string().uuid(), key: z.string(), name: z.string(), country: z.string() }).meta({ id: 'CitySummary' });

/** A partnership the city is a member of, as its page lists it (filled in by partnerships: city-page-contributions.ts). */
export const cityPartnershipSchema = z.object({ id: z.string().uuid(), key: z.string(), name: z.string(), status: z.string() });

export const citySchema = z
  .object({
    id: z.string().uuid(),
    key: z.string(),
    name: z.string(),
    country: z.string(),
    latitude: z.number().nullable(),
    longitude: z.number().nullable(),
    population: z.number().int().nullable(),
    timeZone: z.string().nullable(),
    office: z.object({
      name: z.string().nullable(),
      address: z.string().nullable(),
      email: z.string().nullable(),
      phone: z.string().nullable(),
    }),
    aliases: z.array(z.object({ name: z.string(), lang: z.string().nullable() })),
    partnerships: z.array(cityPartnershipSchema),
    canEdit: z.boolean().describe('Deprecated: use can.edit'),
    can: z
      .object({ edit: z.boolean().describe('PUT: admins and the city’s coordinators') })
      .describe('What the caller may do with this city; all false for the public'),
    version: z.number().int(),
    updatedAt: z.string(),
  })
  .meta({ id: 'City' });

export const cityListResponse = z.object({ items: z.array(citySummarySchema) }).meta({ id: 'CityList' });
export const cityListQuery = z.object({
  q: z.string().trim().max(200).optional().describe('Name or alias in any language, diacritics ignored'),
});

export type CreateCityRequest = z.infer<typeof createCityRequest>;
export type UpdateCityRequest = z.infer<typeof updateCityRequest>;
export type City = z.infer<typeof citySchema>;
export type CityPartnership = z.infer<typeof cityPartnershipSchema>;
export type CitySummary = z.infer<typeof citySummarySchema>;
