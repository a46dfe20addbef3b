import { z } from 'zod';
import { localisedTextsInput, localisedTextsSchema, originalLangSchema, requiredLocalisedTextsInput } from '../../../shared/localised-texts.schemas.ts';

export const agreementKinds = ['letter-of-intent', 'memorandum', 'cooperation-agreement'] as const;
export const signingModes = ['in-person', 'video-conference', 'written'] as const;

const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

/** A party's office (its role in the signing) per language; null or {} for none. */
const officeInput = localisedTextsInput(300).nullable().optional();

export const signatorySchema = z.object({
  personName: z.string().trim().min(1).max(200),
  office: officeInput,
  cityId: z.string().uuid().nullable().optional().describe('The member city the person signed for'),
});

export const facilitatorSchema = z.object({
  personName: z.string().trim().min(1).max(200),
  office: officeInput,
  organisation: optionalText(300),
});

const agreementFields = {
  kind: z.enum(agreementKinds),
  title: requiredLocalisedTextsInput(300).describe('Per language; at least one'),
  originalLang: originalLangSchema
    .optional()
    .describe('The language the agreement was written in (its title needs a text in it); default: the current one, else the first language of the title'),
  signedOn: z.iso.date().nullable().optional(),
  mode: z.enum(signingModes).nullable().optional(),
  place: optionalText(300),
  summary: localisedTextsInput(10_000).nullable().optional().describe('Per language; null or {} for none'),
  signatories: z.array(signatorySchema).max(50).default([]),
  facilitators: z.array(facilitatorSchema).max(50).default([]),
};

export const createAgreementRequest = z.object(agreementFields).meta({ id: 'CreateAgreementRequest' });
export const updateAgreementRequest = z.object({ version: z.number().int().min(1), ...agreementFields }).meta({ id: 'UpdateAgreementRequest' });

export const agreementDocumentSchema = z
  .object({
    id: z.string().uuid(),
    agreementId: z.string().uuid(),
    fileName: z.string(),
    contentType: z.string(),
    sizeBytes: z.number().int(),
    sha256: z.string(),
    uploadedAt: z.string(),
    can: z.object({ delete: z.boolean().describe('DELETE: who may edit the partnership') }).describe('What the caller may do with this document'),
  })
  .meta({ id: 'AgreementDocument' });

export const agreementSchema = z
  .object({
    id: z.string().uuid(),
    partnershipId: z.string().uuid(),
    kind: z.enum(agreementKinds),
    title: localisedTextsSchema,
    originalLang: originalLangSchema,
    signedOn: z.string().nullable(),
    mode: z.enum(signingModes).nullable(),
    place: z.string().nullable(),
    summary: localisedTextsSchema.describe('Empty when there is no summary'),
    signatories: z.array(z.object({ personName: z.string(), office: localisedTextsSchema, cityId: z.string().uuid().nullable() })),
    facilitators: z.array(z.object({ personName: z.string(), office: localisedTextsSchema, organisation: z.string().nullable() })),
    documents: z.array(agreementDocumentSchema),
    version: z.number().int(),
    updatedAt: z.string(),
    can: z
      .object({
        edit: z.boolean().describe('PUT: who may edit the partnership'),
        delete: z.boolean().describe('DELETE: who may edit the partnership'),
        addDocument: z.boolean().describe('Upload a PDF document: who may edit the partnership'),
      })
      .describe('What the caller may do with this agreement; all false for the public'),
  })
  .meta({ id: 'Agreement' });

export type CreateAgreementRequest = z.infer<typeof createAgreementRequest>;
export type UpdateAgreementRequest = z.infer<typeof updateAgreementRequest>;
export type Agreement = z.infer<typeof agreementSchema>;
export type AgreementDocument = z.infer<typeof agreementDocumentSchema>;
