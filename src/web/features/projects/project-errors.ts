import type { TFunction } from 'i18next';
import { ApiError } from '../../lib/api-client.ts';
import { errorMessage } from '../../lib/form-errors.ts';
import { notifyError } from '../../lib/notify.ts';

/** Rules the projects API names in its errors, translated here (projects.rules.*). */
const projectRules = new Set([
  'coordinator_required',
  'two_cities_required',
  'transition_not_allowed',
  'one_coordinator',
  'not_in_partnership_city',
  'consortium_frozen',
  'not_found',
  'in_future',
  'before_start',
  'unique',
]);

/** Every failed rule of a project request in the reader's language, one per line. */
export function projectErrorMessages(error: unknown, t: TFunction): string[] {
  if (error instanceof ApiError) {
    const known = error.fields.filter((f) => projectRules.has(f.rule)).map((f) => t(`projects.rules.${f.rule}`));
    if (known.length) return known;
    if (error.code === 'consortium_incomplete' || error.code === 'stage_not_allowed') return [t(`projects.errors.${error.code}`)];
  }
  return [errorMessage(error, t)];
}

/** The translated message for one field, or undefined. */
export function projectFieldError(error: unknown, t: TFunction, path: string): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  const field = error.fields.find((f) => f.path === path || f.path.endsWith(`.${path}`));
  if (!field) return undefined;
  return projectRules.has(field.rule) ? t(`projects.rules.${field.rule}`) : t(`common.rules.${field.rule}`, { defaultValue: t('common.rules.invalid') });
}

export const notifyProjectError = (error: unknown, t: TFunction) => notifyError(t, projectErrorMessages(error, t).join(' '));
