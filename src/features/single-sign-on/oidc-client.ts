import * as client from 'openid-client';
import { isLoopbackHttp, type OidcSettings } from '../../config.ts';
import { AppError } from '../../shared/errors.ts';

/**
 * The identity provider's metadata, discovered on first use rather than at start-up, so that
 * Pontis starts (and password sign-in works) while the provider is down. Only the metadata is
 * cached in the process; everything a sign-in needs between its two requests is in the database.
 * A failed discovery is not cached: the next sign-in tries again.
 */
const discovered = new Map<string, Promise<client.Configuration>>();

const DISCOVERY_TIMEOUT_SECONDS = 10;

export function providerConfiguration(settings: OidcSettings): Promise<client.Configuration> {
  const key = JSON.stringify(settings);
  let pending = discovered.get(key);
  if (!pending) {
    const auth = settings.clientSecret ? client.ClientSecretBasic(settings.clientSecret) : client.None();
    pending = client
      .discovery(new URL(settings.issuer), settings.clientId, undefined, auth, {
        timeout: DISCOVERY_TIMEOUT_SECONDS,
        // Plain http only for a provider on this machine (the tests'); config refuses it elsewhere.
        execute: isLoopbackHttp(settings.issuer) ? [client.allowInsecureRequests] : [],
      })
      .catch((err: unknown) => {
        discovered.delete(key);
        throw providerUnavailable(err);
      });
    discovered.set(key, pending);
  }
  return pending;
}

export const providerUnavailable = (cause?: unknown) => {
  const error = new AppError(
    'sso_unavailable',
    503,
    'The sign-in service of your organisation cannot be reached. Try again later, or sign in with your password.',
  );
  if (cause) error.cause = cause;
  return error;
};

/**
 * Sorts what openid-client throws during the callback: an unreachable or misbehaving provider
 * (503), the provider's own refusal or a cancelled sign-in (400), anything else the library
 * rejected in the answer (400). None of these is a fault of Pontis, so none is a 500.
 */
export function callbackFailure(err: unknown): AppError {
  if (err instanceof AppError) return err;
  if (err instanceof client.AuthorizationResponseError) {
    return new AppError('sso_failed', 400, `The sign-in service did not sign you in (${err.error}).`);
  }
  if (err instanceof client.ResponseBodyError) {
    return new AppError('sso_failed', 400, `The sign-in service refused the sign-in (${err.error}). Start again.`);
  }
  const unreachable =
    err instanceof TypeError ||
    (err instanceof Error && (err.name === 'TimeoutError' || err.name === 'AbortError')) ||
    (err instanceof client.ClientError && ['OAUTH_RESPONSE_IS_NOT_CONFORM', 'OAUTH_RESPONSE_IS_NOT_JSON'].includes(err.code ?? ''));
  if (unreachable) return providerUnavailable(err);
  const failed = new AppError('sso_failed', 400, 'The answer of the sign-in service could not be verified. Start again.');
  failed.cause = err;
  return failed;
}
