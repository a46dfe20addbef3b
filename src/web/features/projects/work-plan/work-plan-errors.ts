import type { TFunction } from 'i18next';
import { ApiError } from '../../../lib/api-client.ts';
import { fieldErrorFor } from '../../../lib/form-errors.ts';

// Rules only the work plan API uses; the shared rules are in common.rules.
const ownRules = new Set(['consortium_member', 'after_start', 'not_future', 'use_done', 'file_type', 'max_size', 'not_found', 'unique']);

/** The translated error for one field, with the work plan's own rules in its own catalogue. */
export function workPlanFieldError(error: unknown, t: TFunction, path: string): string | undefined {
  if (error instanceof ApiError) {
    const field = error.fields.find((f) => f.path === path);
    if (field && ownRules.has(field.rule)) return t(`projects-work-plan.rules.${field.rule}`);
  }
  return fieldErrorFor(error, t, path);
}

/** Today's date (YYYY-MM-DD) in the reader's time zone, for date inputs. */
export function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** An empty optional input is null in the request. */
export const orNull = (value: string) => (value.trim() ? value.trim() : null);
