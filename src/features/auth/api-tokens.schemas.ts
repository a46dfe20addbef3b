import { z } from 'zod';

export const createApiTokenRequest = z
  .object({
    name: z.string().trim().min(1).max(100).describe('What the token is for, e.g. "city website sync"'),
    expiresInDays: z.number().int().min(1).max(3650).optional().describe('Omit for a token that does not expire'),
  })
  .meta({ id: 'CreateApiTokenRequest' });

export const apiTokenSchema = z
  .object({
    id: z.string().uuid(),
    name: z.string(),
    /** The first characters of the secret, to tell tokens apart. */
    prefix: z.string(),
    createdAt: z.string(),
    lastUsedAt: z.string().nullable(),
    expiresAt: z.string().nullable(),
    revokedAt: z.string().nullable(),
  })
  .meta({ id: 'ApiToken' });

export const createdApiTokenSchema = apiTokenSchema
  .extend({
    /** The secret, shown this once: send it as `Authorization: Bearer <token>`. */
    token: z.string(),
  })
  .meta({ id: 'CreatedApiToken' });

export const apiTokenListResponse = z.object({ items: z.array(apiTokenSchema) }).meta({ id: 'ApiTokenList' });

export type CreateApiTokenRequest = z.infer<typeof createApiTokenRequest>;
export type ApiToken = z.infer<typeof apiTokenSchema>;
export type CreatedApiToken = z.infer<typeof createdApiTokenSchema>;
