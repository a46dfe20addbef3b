/**
 * The value a choice starts with: the only option when there is exactly one (a coordinator with one
 * partnership should not have to pick it from a list of one), else nothing.
 */
export function onlyChoice(options: readonly string[] | undefined): string | null {
  return options?.length === 1 ? options[0] : null;
}
