import { z } from 'zod';

export const signInProvidersResponse = z
  .object({
    /** Null when single sign-on is not set up; otherwise the label of its button. */
    singleSignOn: z.object({ label: z.string() }).nullable(),
  })
  .meta({ id: 'SignInProviders' });

export const startSignOnQuery = z.object({
  next: z.string().max(2000).optional().describe('Path of Pontis to return to after signing in'),
});

// The provider's answer: openid-client reads and checks the whole URL, so nothing is required here.
export const signOnCallbackQuery = z.object({
  code: z.string().max(4000).optional(),
  state: z.string().max(1000).optional(),
  iss: z.string().max(2000).optional(),
  error: z.string().max(200).optional(),
  error_description: z.string().max(2000).optional(),
});

/** The codes the sign-in page explains when single sign-on sends the browser back to it. */
export const signOnErrorCodes = [
  'sso_disabled',
  'sso_unavailable',
  'sso_state_invalid',
  'sso_failed',
  'sso_email_unverified',
  'sso_no_account',
  'sso_account_disabled',
  'sso_identity_mismatch',
  'rate_limited',
] as const;
export type SignOnErrorCode = (typeof signOnErrorCodes)[number];

export type SignInProvidersResponse = z.infer<typeof signInProvidersResponse>;
