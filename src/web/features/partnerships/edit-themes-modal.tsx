import { Button, Group, Stack } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Partnership } from '../../../features/partnerships/partnerships.schemas.ts';
import { ConflictDialog } from '../../components/conflict-dialog.tsx';
import { fieldErrorFor } from '../../lib/form-errors.ts';
import { FormErrorAlert } from './form-error-alert.tsx';
import { useUpdatePartnershipThemes } from './partnerships-api.ts';
import { isVersionConflict, notifySaved } from './save-feedback.ts';
import { ThemeCheckboxes } from './theme-checkboxes.tsx';
import { FormModal } from '../../components/form-modal.tsx';

interface Props {
  partnership: Partnership;
  opened: boolean;
  onClose: () => void;
  reload: () => Promise<Partnership | undefined>;
}

export function EditThemesModal({ partnership, opened, onClose, reload }: Props) {
  const { t } = useTranslation();
  return (
    <FormModal opened={opened} onClose={onClose} title={t('partnerships.themes.editTitle')} size="lg">
      <EditThemesForm partnership={partnership} onDone={onClose} reload={reload} />
    </FormModal>
  );
}

function EditThemesForm({ partnership, onDone, reload }: { partnership: Partnership; onDone: () => void; reload: Props['reload'] }) {
  const { t } = useTranslation();
  const [themes, setThemes] = useState(partnership.themes);
  const [version, setVersion] = useState(partnership.version);
  const [conflict, setConflict] = useState(false);
  const update = useUpdatePartnershipThemes(partnership.id);

  function submit(e: FormEvent) {
    e.preventDefault();
    update.mutate(
      { version, themes },
      {
        onSuccess: () => {
          notifySaved(t, t('partnerships.themes.saved'));
          onDone();
        },
        onError: (error) => setConflict(isVersionConflict(error)),
      },
    );
  }

  async function reloadLatest() {
    const fresh = await reload();
    if (fresh) {
      setThemes(fresh.themes);
      setVersion(fresh.version);
    }
    update.reset();
    setConflict(false);
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormErrorAlert error={update.error} />
        <ThemeCheckboxes value={themes} onChange={setThemes} error={fieldErrorFor(update.error, t, 'themes')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.actions.cancel')}
          </Button>
          <Button type="submit" loading={update.isPending}>
            {t('partnerships.themes.save')}
          </Button>
        </Group>
      </Stack>
      <ConflictDialog opened={conflict} onReload={() => void reloadLatest()} onClose={() => setConflict(false)} />
    </form>
  );
}
