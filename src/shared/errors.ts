/**
 * Errors a use case raises on purpose. The HTTP layer maps them to status codes and the
 * stable JSON error body; the CLI prints their message. Anything else is a bug (500).
 */
export interface FieldError {
  /** Dotted path of the offending field, e.g. "signatories.0.personName" or "$.organisations[3].kind". */
  path: string;
  /** Machine-readable rule that failed (e.g. "required", "too_small", "invalid_enum"). */
  rule: string;
  message: string;
}

export class AppError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    message: string,
    readonly fields: FieldError[] = [],
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
}

export const notFound = (what: string) => new AppError('not_found', 404, `${what} was not found.`);
export const forbidden = (message = 'You do not have permission to do this.') => new AppError('forbidden', 403, message);
export const unauthenticated = () => new AppError('unauthenticated', 401, 'Sign in to continue.');
export const invalid = (fields: FieldError[], message = 'Some fields are not valid.') => new AppError('validation_failed', 400, message, fields);

/** A write based on a stale version: the client must reload and reapply its change. */
export const versionConflict = (what: string, currentVersion: number) =>
  new AppError('version_conflict', 409, `${what} was changed by someone else in the meantime. Reload it and apply your change again.`, [], { currentVersion });

export const duplicate = (path: string, message: string) => new AppError('duplicate', 409, message, [{ path, rule: 'unique', message }]);
