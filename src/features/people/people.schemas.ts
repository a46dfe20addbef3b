import { z } from 'zod';
import { organisationPersonSchema } from '../organisations/organisations.schemas.ts';

const languageCode = z.string().regex(/^[a-z]{2}$/, 'use a two-letter ISO 639-1 code');
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

const personFields = {
  name: z.string().trim().min(1).max(200),
  roleTitle: optionalText(200),
  organisationId: z.uuid().nullable().optional().describe('Must be an organisation in the person’s city'),
  cityId: z.uuid(),
  email: z.string().trim().email().max(320).nullable().optional(),
  phone: optionalText(50),
  languages: z.array(languageCode).max(30).optional(),
  visibleToPartners: z.boolean().optional().describe('Consent: signed-in users of partner cities may see this person'),
  visibleToPublic: z.boolean().optional().describe('Consent: everyone, including the public, may see this person'),
};

export const createPersonRequest = z.object(personFields).meta({ id: 'CreatePersonRequest' });
export const updatePersonRequest = z.object({ version: z.number().int().min(1), ...personFields }).meta({ id: 'UpdatePersonRequest' });

// A person as the API answers with it: declared by organisations, whose profile lists its people
// in the same shape (organisations sits below people, so the schema lives there).
export const personSchema = organisationPersonSchema;

export const personListQuery = z.object({
  cityId: z.uuid().optional(),
  organisationId: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

export const personListResponse = z
  .object({
    items: z.array(personSchema),
    total: z.number().int().describe('How many people match and are visible to the caller'),
    limit: z.number().int(),
    offset: z.number().int(),
  })
  .meta({ id: 'PersonList' });

export type CreatePersonRequest = z.infer<typeof createPersonRequest>;
export type UpdatePersonRequest = z.infer<typeof updatePersonRequest>;
export type Person = z.infer<typeof personSchema>;
export type PersonListQuery = z.infer<typeof personListQuery>;
