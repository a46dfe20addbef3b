import { z } from 'zod';
import { emailSchema, passwordSchema, uiLocaleSchema } from '../users/users.schemas.ts';

export const passwordResetRequest = z
  .object({
    email: emailSchema,
    /** Language of the mail when the account has none set (default English). */
    locale: uiLocaleSchema.optional(),
  })
  .meta({ id: 'PasswordResetRequest' });

export const passwordResetComplete = z
  .object({
    token: z.string().min(10).max(200),
    password: passwordSchema,
  })
  .meta({ id: 'PasswordResetComplete' });

export type PasswordResetRequest = z.infer<typeof passwordResetRequest>;
export type PasswordResetComplete = z.infer<typeof passwordResetComplete>;
