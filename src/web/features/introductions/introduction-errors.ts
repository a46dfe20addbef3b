import type { TFunction } from 'i18next';
import { ApiError } from '../../lib/api-client.ts';
import { fieldErrorFor } from '../../lib/form-errors.ts';

/** A field's error in the reader's language: this feature's own rules first, then the common ones. */
export function introductionFieldError(error: unknown, t: TFunction, path: string): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  const field = error.fields.find((f) => f.path === path);
  if (!field) return undefined;
  return t(`introductions.rules.${field.rule}`, { defaultValue: fieldErrorFor(error, t, path) ?? '' });
}

/** A whole failed request: this feature's codes first (introduction_exists…), then the common ones. */
export function introductionErrorMessage(error: unknown, t: TFunction): string {
  if (error instanceof ApiError) {
    return t(`introductions.errors.${error.code}`, { defaultValue: t(`common.errors.${error.code}`, { defaultValue: t('common.errors.unknown') }) });
  }
  return t('common.errors.unknown');
}
