import { z } from 'zod';

/** The JSON body of every error response: a stable code, a message, and the failing fields. */
export const errorBodySchema = z
  .object({
    code: z.string().describe('Stable machine-readable code, e.g. validation_failed, version_conflict, forbidden'),
    message: z.string(),
    fields: z
      .array(
        z.object({
          path: z.string().describe('Path of the failing field, e.g. "name" or "signatories.0.personName"'),
          rule: z.string(),
          message: z.string(),
        }),
      )
      .default([]),
    currentVersion: z.number().int().optional(),
    retryAfterSeconds: z.number().int().optional(),
  })
  .meta({ id: 'Error' });

export type ErrorBody = z.infer<typeof errorBodySchema>;

/** Response schemas for the errors a route can answer with, for the OpenAPI document. */
export const errorResponses = {
  400: errorBodySchema,
  401: errorBodySchema,
  403: errorBodySchema,
  404: errorBodySchema,
  409: errorBodySchema,
  429: errorBodySchema,
} as const;
