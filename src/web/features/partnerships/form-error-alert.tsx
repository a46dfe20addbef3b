import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/form-errors.ts';
import { isVersionConflict } from './save-feedback.ts';

/** The whole-request error of a form; a version conflict is explained by the conflict dialog instead. */
export function FormErrorAlert({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error || isVersionConflict(error)) return null;
  return (
    <Alert color="red" role="alert" title={t('common.errors.title')}>
      {errorMessage(error, t)}
    </Alert>
  );
}
