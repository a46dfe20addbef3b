import { z } from 'zod';
import { roles } from '../../shared/roles.ts';

export const signInRequest = z.object({
  email: z.string().trim().email().max(320),
  password: z.string().min(1).max(1000),
});

export const currentUserSchema = z
  .object({
    id: z.string().uuid(),
    email: z.string(),
    displayName: z.string(),
    role: z.enum(roles),
    cityId: z.string().uuid().nullable(),
    organisationId: z.string().uuid().nullable(),
  })
  .meta({ id: 'CurrentUser' });

export const sessionResponse = z
  .object({
    user: currentUserSchema.nullable(),
    /** Send back in the x-csrf-token header on every write made with the session cookie. */
    csrfToken: z.string().nullable(),
  })
  .meta({ id: 'Session' });

export type SignInRequest = z.infer<typeof signInRequest>;
export type SessionResponse = z.infer<typeof sessionResponse>;
export type CurrentUser = z.infer<typeof currentUserSchema>;
