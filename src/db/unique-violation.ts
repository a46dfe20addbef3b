const UNIQUE_VIOLATION = '23505';
/** Drizzle wraps the driver's error in its own (`cause`); a transaction may wrap once more. */
const MAX_DEPTH = 5;

interface DriverError {
  code?: unknown;
  constraint?: unknown;
  message?: unknown;
  cause?: unknown;
}

function chain(err: unknown): DriverError[] {
  const errors: DriverError[] = [];
  for (let e = err, depth = 0; e !== null && typeof e === 'object' && depth < MAX_DEPTH; depth++) {
    errors.push(e as DriverError);
    e = (e as DriverError).cause;
  }
  return errors;
}

/**
 * Whether `err` is PostgreSQL's unique_violation (23505), however the driver wraps it: node-postgres
 * and PGlite both raise an error with `code` (and `constraint`), which Drizzle hands on as the
 * `cause` of its own. With `constraint`, only a violation of that index or constraint counts; the
 * name is also looked for in the message, for an error that carries no `constraint` field.
 * Writers use it where two requests may race for the same value and the index decides.
 */
export function isUniqueViolation(err: unknown, constraint?: string): boolean {
  const errors = chain(err);
  if (!errors.some((e) => e.code === UNIQUE_VIOLATION)) return false;
  if (!constraint) return true;
  return errors.some((e) => e.constraint === constraint || (typeof e.message === 'string' && e.message.includes(constraint)));
}
