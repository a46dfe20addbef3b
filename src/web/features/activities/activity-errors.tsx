import { Alert } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../lib/api-client.ts';
import { errorMessage } from '../../lib/form-errors.ts';

/** The refusals only activities answer (registration closed, activity cancelled…) in the reader's language; others as everywhere. */
export function activityErrorMessage(error: unknown, t: TFunction): string {
  if (error instanceof ApiError && t(`activities.errors.${error.code}`, { defaultValue: '' })) return t(`activities.errors.${error.code}`);
  return errorMessage(error, t);
}

export function ActivityErrorAlert({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (error == null) return null;
  return (
    <Alert color="red" role="alert" title={t('common.errors.title')} styles={{ title: { color: 'var(--mantine-color-red-9)' } }}>
      {activityErrorMessage(error, t)}
    </Alert>
  );
}
