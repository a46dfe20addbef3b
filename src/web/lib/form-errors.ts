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
