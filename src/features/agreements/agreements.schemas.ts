import { z } from 'zod';

export const agreementKinds = ['letter-of-intent', 'memorandum', 'cooperation-agreement'] as const;
export const signingModes = ['in-person', 'video-conference', 'written'] as const;

const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

export const signatorySchema = z.object({
  personName: z.string().trim().min(1).max(200),
  office: optionalText(300),
  cityId: z.string().uuid().nullable().optional().describe('The member city the person signed for'),
});

export const facilitatorSchema = z.object({
  personName: z.string().trim().min(1).max(200),
  office: optionalText(300),
  organisation: optionalText(300),
});

const agreementFields = {
  kind: z.enum(agreementKinds),
  title: z.string().trim().min(1).max(300),
  signedOn: z.iso.date().nullable().optional(),
  mode: z.enum(signingModes).nullable().optional(),
  place: optionalText(300),
  summary: optionalText(10_000),
  signatories: z.array(signatorySchema).max(50).default([]),
  facilitators: z.array(facilitatorSchema).max(50).default([]),
};

export const createAgreementRequest = z.object(agreementFields).meta({ id: 'CreateAgreementRequest' });
export const updateAgreementRequest = z
  .object({ version: z.number().int().min(1), ...agreementFields })
  .meta({ id: 'UpdateAgreementRequest' });

export const agreementDocumentSchema = z
  .object({
    id: z.string().uuid(),
    agreementId: z.string().uuid(),
    fileName: z.string(),
    contentType: z.string(),
    sizeBytes: z.number().int(),
    sha256: z.string(),
    uploadedAt: z.string(),
  })
  .meta({ id: 'AgreementDocument' });

export const agreementSchema = z
  .object({
    id: z.string().uuid(),
    partnershipId: z.string().uuid(),
    kind: z.enum(agreementKinds),
    title: z.string(),
    signedOn: z.string().nullable(),
    mode: z.enum(signingModes).nullable(),
    place: z.string().nullable(),
    summary: z.string().nullable(),
    signatories: z.array(z.object({ personName: z.string(), office: z.string().nullable(), cityId: z.string().uuid().nullable() })),
    facilitators: z.array(z.object({ personName: z.string(), office: z.string().nullable(), organisation: z.string().nullable() })),
    documents: z.array(agreementDocumentSchema),
    version: z.number().int(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Agreement' });

export type CreateAgreementRequest = z.infer<typeof createAgreementRequest>;
export type UpdateAgreementRequest = z.infer<typeof updateAgreementRequest>;
export type Agreement = z.infer<typeof agreementSchema>;
export type AgreementDocument = z.infer<typeof agreementDocumentSchema>;
