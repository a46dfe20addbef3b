import { Button, Group, Stack } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Partnership } from '../../../features/partnerships/partnerships.schemas.ts';
import { ConflictDialog } from '../../components/conflict-dialog.tsx';
import { FormErrorAlert } from './form-error-alert.tsx';
import { PartnershipFormFields } from './partnership-form-fields.tsx';
import { formToRequest, partnershipToForm } from './partnership-form-values.ts';
import { useUpdatePartnership } from './partnerships-api.ts';
import { isVersionConflict, notifySaved } from './save-feedback.ts';
import { FormModal } from '../../components/form-modal.tsx';

interface Props {
  partnership: Partnership;
  opened: boolean;
  onClose: () => void;
  reload: () => Promise<Partnership | undefined>;
}

export function EditPartnershipModal({ partnership, opened, onClose, reload }: Props) {
  const { t } = useTranslation();
  return (
    <FormModal opened={opened} onClose={onClose} title={t('partnerships.edit.title')} size="lg">
      <EditPartnershipForm partnership={partnership} onDone={onClose} reload={reload} />
    </FormModal>
  );
}

// Mounted only while the modal is open, so every opening starts from the record as loaded.
function EditPartnershipForm({ partnership, onDone, reload }: { partnership: Partnership; onDone: () => void; reload: Props['reload'] }) {
  const { t } = useTranslation();
  const [values, setValues] = useState(() => partnershipToForm(partnership));
  const [conflict, setConflict] = useState(false);
  const update = useUpdatePartnership(partnership.id);

  function submit(e: FormEvent) {
    e.preventDefault();
    update.mutate(
      { ...formToRequest(values), version: values.version },
      {
        onSuccess: () => {
          notifySaved(t, t('partnerships.edit.saved'));
          onDone();
        },
        onError: (error) => setConflict(isVersionConflict(error)),
      },
    );
  }

  async function reloadLatest() {
    const fresh = await reload();
    if (fresh) setValues(partnershipToForm(fresh));
    update.reset();
    setConflict(false);
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormErrorAlert error={update.error} />
        <PartnershipFormFields values={values} onChange={(patch) => setValues((v) => ({ ...v, ...patch }))} error={update.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.actions.cancel')}
          </Button>
          <Button type="submit" loading={update.isPending}>
            {t('common.actions.save')}
          </Button>
        </Group>
      </Stack>
      <ConflictDialog opened={conflict} onReload={() => void reloadLatest()} onClose={() => setConflict(false)} />
    </form>
  );
}
