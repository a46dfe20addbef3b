import type { TFunction } from 'i18next';
import { ApiError } from '../../lib/api-client.ts';
import { fieldErrorFor } from '../../lib/form-errors.ts';

/**
 * Like fieldErrorFor, with messages for rules only this feature's endpoints use (a wrong
 * current password, changing one's own account).
 */
export function accountFieldError(error: unknown, t: TFunction, path: string, value?: string): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  // Whatever rule failed, an empty field is best explained as a required one.
  if (value !== undefined && !value.trim() && fieldErrorFor(error, t, path)) return t('common.rules.required');
  const field = error.fields.find((f) => f.path === path);
  if (field?.rule === 'incorrect') return t('users.password.incorrect');
  if (field?.rule === 'self') return t('users.edit.notYourself');
  if (field?.rule === 'too_small' && /password/i.test(path)) return t('users.password.tooShort');
  return fieldErrorFor(error, t, path);
}
