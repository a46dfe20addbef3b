import type { TFunction } from 'i18next';
import { ApiError } from './api-client.ts';

/**
 * The translated message for one field of a failed request, or undefined. The API names the
 * field and the rule that failed; the UI says it in the reader's language.
 */
export function fieldErrorFor(error: unknown, t: TFunction, path: string): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  const field = error.fields.find((f) => f.path === path || f.path.startsWith(`${path}.`));
  if (!field) return undefined;
  return t(`common.rules.${field.rule}`, { defaultValue: t('common.rules.invalid') });
}

/** The translated message for a whole failed request (used in alerts and notifications). */
export function errorMessage(error: unknown, t: TFunction): string {
  if (error instanceof ApiError) return t(`common.errors.${error.code}`, { defaultValue: t('common.errors.unknown') });
  return t('common.errors.unknown');
}

/**
 * The error for a field that contains other fields (a list of rows), only when the API names
 * the list itself: errors inside a row are shown on the row's own inputs.
 */
export function ownFieldError(error: unknown, t: TFunction, path: string): string | undefined {
  if (!(error instanceof ApiError) || !error.fields.some((f) => f.path === path)) return undefined;
  return fieldErrorFor(error, t, path);
}

/** An API error on a field the editor left empty reads best as "required", whatever the rule. */
export function requiredFieldError(error: unknown, t: TFunction, path: string, value: string): string | undefined {
  const message = fieldErrorFor(error, t, path);
  return message && !value.trim() ? t('common.rules.required') : message;
}

/** Whether the API named any failing field (shown on the fields rather than in an alert). */
export const hasFieldErrors = (error: unknown) => error instanceof ApiError && error.fields.length > 0;
