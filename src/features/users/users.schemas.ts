import { z } from 'zod';
import { uiLocales } from '../../shared/locales.ts';
import { roles } from '../../shared/roles.ts';

export const passwordSchema = z.string().min(12, 'use at least 12 characters').max(1000);
export const emailSchema = z.string().trim().toLowerCase().email().max(320);
export const displayNameSchema = z.string().trim().min(1).max(200);
export const uiLocaleSchema = z.enum(uiLocales);

export const userSchema = z
  .object({
    id: z.string().uuid(),
    email: z.string(),
    displayName: z.string(),
    role: z.enum(roles),
    cityId: z.string().uuid().nullable(),
    cityName: z.string().nullable(),
    organisationId: z.string().uuid().nullable(),
    organisationName: z.string().nullable(),
    locale: z.string().nullable(),
    disabled: z.boolean(),
    disabledAt: z.string().nullable(),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'User' });

export const userListResponse = z.object({ items: z.array(userSchema) }).meta({ id: 'UserList' });

export const updateMeRequest = z
  .object({
    displayName: displayNameSchema,
    locale: uiLocaleSchema.nullable(),
    version: z.number().int().min(1),
  })
  .meta({ id: 'UpdateMeRequest' });

export const changePasswordRequest = z
  .object({
    currentPassword: z.string().min(1).max(1000),
    newPassword: passwordSchema,
  })
  .meta({ id: 'ChangePasswordRequest' });

/** After a password change or reset: what was cut off with the old password. */
export const passwordChangedResponse = z
  .object({
    ok: z.literal(true),
    revoked: z.object({ apiTokens: z.number().int(), calendarFeeds: z.number().int() }),
  })
  .meta({ id: 'PasswordChanged' });

export const updateUserRequest = z
  .object({
    role: z.enum(roles),
    cityId: z.string().uuid().nullable().optional(),
    organisationId: z.string().uuid().nullable().optional(),
    disabled: z.boolean(),
    version: z.number().int().min(1),
  })
  .meta({ id: 'UpdateUserRequest' });

/** Input of the createUser use case (CLI `pontis user create`); the API creates users by invitation. */
export const createUserInput = z.object({
  email: emailSchema,
  displayName: displayNameSchema,
  role: z.enum(roles),
  cityId: z.string().uuid().nullable().optional(),
  organisationId: z.string().uuid().nullable().optional(),
  password: passwordSchema.optional(),
});

export type User = z.infer<typeof userSchema>;
export type UpdateMeRequest = z.infer<typeof updateMeRequest>;
export type ChangePasswordRequest = z.infer<typeof changePasswordRequest>;
export type UpdateUserRequest = z.infer<typeof updateUserRequest>;
export type PasswordChangedResponse = z.infer<typeof passwordChangedResponse>;
export type CreateUserInput = z.input<typeof createUserInput>;
