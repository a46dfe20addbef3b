import type { TFunction } from 'i18next';
import { ApiError } from '../../lib/api-client.ts';
import { fieldErrorFor } from '../../lib/form-errors.ts';

// Rules only the programme API answers with; the shared ones are in common.rules.
const ownRules = new Set(['before_start', 'no_title', 'not_member', 'unknown', 'other_partnership', 'other_programme', 'unknown_theme', 'overlap', 'unique']);
// Fields that take a number: a wrong type there means "not a number", not "required".
const numberFields = /(^|\.)(budget|progress|baseline|target|achieved)$/;

/** The translated error of one field of a programme form, or undefined. */
export function programmeFieldError(error: unknown, t: TFunction, path: string): string | undefined {
  if (error instanceof ApiError) {
    const field = error.fields.find((f) => f.path === path);
    if (field && ownRules.has(field.rule)) return t(`action-programmes.rules.${field.rule}`);
    if (field && numberFields.test(path) && (field.rule === 'invalid_type' || field.rule === 'custom')) return t('action-programmes.rules.number');
  }
  return fieldErrorFor(error, t, path);
}

/** An error on a text given per language: on the language edited, or on the text as a whole. */
export function textFieldError(error: unknown, t: TFunction, path: string, lang: string, value: string): string | undefined {
  const own = programmeFieldError(error, t, `${path}.${lang}`);
  if (own || value.trim()) return own;
  // A text missing in every language reads best as "required", whatever rule the API named.
  return programmeFieldError(error, t, path) && t('common.rules.required');
}

/**
 * The error for a form's alert: when the API named fields (a period that overlaps another
 * programme's answers 409 with the field), the alert says to look at the fields, which say why.
 */
export function alertError<E extends Error | null>(error: E): E | ApiError {
  if (error instanceof ApiError && error.fields.length > 0 && !error.isConflict)
    return new ApiError(error.status, { ...error.body, code: 'validation_failed' });
  return error;
}
