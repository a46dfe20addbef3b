import type { TFunction } from 'i18next';
import { ApiError } from '../../lib/api-client.ts';
import { fieldErrorFor } from '../../lib/form-errors.ts';

/**
 * The error for a field that contains other fields (a list of rows), only when the API names
 * the list itself: errors inside a row are shown on the row's own inputs.
 */
export function ownFieldError(error: unknown, t: TFunction, path: string): string | undefined {
  if (!(error instanceof ApiError) || !error.fields.some((f) => f.path === path)) return undefined;
  return fieldErrorFor(error, t, path);
}

/** Whether the API reported any failing field at all (to point the editor to them). */
export const hasFieldErrors = (error: unknown) => error instanceof ApiError && error.fields.length > 0;

/** An API error on a field the editor left empty reads best as "required", whatever the rule. */
export function requiredFieldError(error: unknown, t: TFunction, path: string, value: string): string | undefined {
  const message = fieldErrorFor(error, t, path);
  return message && !value.trim() ? t('common.rules.required') : message;
}
