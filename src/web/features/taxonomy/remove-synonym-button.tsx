import { VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../components/confirm-button.tsx';
import { errorMessage } from '../../lib/form-errors.ts';
import { notifyError, notifySuccess } from '../../lib/notify.ts';
import { useDeleteSynonym } from './taxonomy-api.ts';

/** Administrators: removes a synonym that was added (shipped ones change only with a new taxonomy version). */
export function RemoveSynonymButton({ id, term, conceptLabel }: { id: string; term: string; conceptLabel: string }) {
  const { t } = useTranslation();
  const remove = useDeleteSynonym();
  return (
    <ConfirmButton
      size="compact-xs"
      title={t('taxonomy.remove.title')}
      message={t('taxonomy.remove.message', { term, concept: conceptLabel })}
      confirmLabel={t('taxonomy.remove.confirm')}
      loading={remove.isPending}
      onConfirm={async () => {
        try {
          await remove.mutateAsync(id);
          notifySuccess(t, t('taxonomy.remove.removed', { term }));
        } catch (error) {
          notifyError(t, errorMessage(error, t), t('common.errors.title'));
        }
      }}
    >
      {t('taxonomy.remove.button')}
      <VisuallyHidden>: {term}</VisuallyHidden>
    </ConfirmButton>
  );
}
