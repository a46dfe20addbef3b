import { useTranslation } from 'react-i18next';
import { isVersionConflict } from '../lib/api-client.ts';
import { ErrorAlert } from './error-alert.tsx';

/** The whole-request error of a form; a version conflict is explained by the conflict dialog instead. */
export function FormErrorAlert({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error || isVersionConflict(error)) return null;
  return <ErrorAlert error={error} title={t('common.errors.title')} />;
}
