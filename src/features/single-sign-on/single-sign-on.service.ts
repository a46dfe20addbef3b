import * as client from 'openid-client';
import type { OidcSettings } from '../../config.ts';
import type { ServiceContext } from '../../shared/context.ts';
import { AppError } from '../../shared/errors.ts';
import { enforceRateLimit, refundRateLimit } from '../rate-limits/index.ts';
import { createSession } from '../auth/index.ts';
import { accountForIdentity } from './account-linking.ts';
import { saveLoginAttempt, takeLoginAttempt } from './login-attempts.ts';
import { callbackFailure, providerConfiguration } from './oidc-client.ts';
import { safeReturnPath } from './return-path.ts';

export const CALLBACK_PATH = '/api/auth/oidc/callback';
const START_LIMIT = 60;
// Shared with password sign-in: failed sign-ins from one address count together, whichever way.
const SIGN_IN_IP_LIMIT = 30;
const WINDOW_SECONDS = 15 * 60;

interface RequestMeta {
  ip: string;
  userAgent?: string;
}

function settingsOf(ctx: ServiceContext): OidcSettings {
  if (!ctx.config.oidc) throw new AppError('sso_disabled', 404, 'Single sign-on is not set up on this Pontis.');
  return ctx.config.oidc;
}

const redirectUri = (ctx: ServiceContext) => `${ctx.config.publicUrl}${CALLBACK_PATH}`;

/**
 * Begins a sign-in at the provider: authorisation code with PKCE, a state and a nonce, all kept
 * in the database under an id the browser gets in a cookie. Returns the provider's address.
 */
export async function startSignOn(ctx: ServiceContext, next: string | undefined, meta: RequestMeta) {
  const settings = settingsOf(ctx);
  // Each start writes a row; a generous limit keeps a script from filling the table.
  await enforceRateLimit(ctx.db, `sso-start:ip:${meta.ip}`, START_LIMIT, WINDOW_SECONDS);
  const configuration = await providerConfiguration(settings);
  const codeVerifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const nonce = client.randomNonce();
  const attempt = await saveLoginAttempt(ctx.db, { state, nonce, codeVerifier, returnTo: safeReturnPath(next) });
  const url = client.buildAuthorizationUrl(configuration, {
    redirect_uri: redirectUri(ctx),
    scope: settings.scopes.join(' '),
    code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    state,
    nonce,
  });
  return { attemptId: attempt.id, attemptExpiresAt: attempt.expiresAt, url: url.href };
}

/**
 * Completes the sign-in when the provider sends the browser back: the attempt is taken (single
 * use), openid-client exchanges the code and checks state, nonce, PKCE and the ID token, and the
 * identity is matched to a Pontis account. Opens a session exactly like password sign-in.
 */
export async function finishSignOn(ctx: ServiceContext, attemptId: string | undefined, query: string, meta: RequestMeta) {
  const settings = settingsOf(ctx);
  const bucket = `sign-in:ip:${meta.ip}`;
  await enforceRateLimit(ctx.db, bucket, SIGN_IN_IP_LIMIT, WINDOW_SECONDS);
  const attempt = attemptId ? await takeLoginAttempt(ctx.db, attemptId) : undefined;
  const callbackUrl = new URL(`${redirectUri(ctx)}${query}`);
  if (!attempt || callbackUrl.searchParams.get('state') !== attempt.state) {
    throw new AppError('sso_state_invalid', 400, 'This sign-in was not started here, was used already or has expired. Start again.');
  }
  const configuration = await providerConfiguration(settings);
  const identity = await (async () => {
    const tokens = await client.authorizationCodeGrant(configuration, callbackUrl, {
      pkceCodeVerifier: attempt.codeVerifier,
      expectedState: attempt.state,
      expectedNonce: attempt.nonce,
      idTokenExpected: true,
    });
    const claims = tokens.claims()!;
    let { email, email_verified, name } = claims as { email?: unknown; email_verified?: unknown; name?: unknown };
    // Many providers put e-mail claims only into the UserInfo answer when an access token is issued.
    if ((email === undefined || email_verified === undefined) && configuration.serverMetadata().userinfo_endpoint) {
      const info = await client.fetchUserInfo(configuration, tokens.access_token, claims.sub);
      ({ email, email_verified, name } = { email, email_verified, name, ...info });
    }
    return {
      issuer: configuration.serverMetadata().issuer,
      subject: claims.sub,
      email: typeof email === 'string' ? email : undefined,
      emailVerified: email_verified === true,
      name: typeof name === 'string' ? name : undefined,
    };
  })().catch((err: unknown) => {
    throw callbackFailure(err);
  });
  const userId = await accountForIdentity(ctx, identity);
  await refundRateLimit(ctx.db, bucket, WINDOW_SECONDS);
  const session = await createSession(ctx.db, userId, ctx.config.sessionDays, meta);
  return { session, returnTo: attempt.returnTo };
}

/** Whether single sign-on is on, and its button's label. */
export function signInProviders(ctx: ServiceContext) {
  return { singleSignOn: ctx.config.oidc ? { label: ctx.config.oidc.label } : null };
}
