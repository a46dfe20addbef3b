const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Whether `value` has the shape of a uuid (any version, either case). Records are addressed by
 * id or by key, and a string that is not a uuid must never reach a `uuid` column: PostgreSQL
 * refuses the cast with an error, which would turn a plain "not found" into a 500.
 */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}
