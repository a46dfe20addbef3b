import { useTranslation } from 'react-i18next';
import type { Partnership } from '../../../features/partnerships/partnerships.schemas.ts';
import { FormModal } from '../../components/form-modal.tsx';
import { VersionedEditForm } from '../../components/versioned-edit-form.tsx';
import { fieldErrorFor } from '../../lib/form-errors.ts';
import { notifySuccess } from '../../lib/notify.ts';
import { useVersionedEdit } from '../../lib/use-versioned-edit.ts';
import { useUpdatePartnershipThemes } from './partnerships-api.ts';
import { ThemeCheckboxes } from './theme-checkboxes.tsx';

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
  const edit = useVersionedEdit({
    record: partnership,
    toValues: (p) => ({ themes: p.themes }),
    toRequest: ({ themes }, version) => ({ version, themes }),
    save: useUpdatePartnershipThemes(partnership.id),
    onSaved: () => {
      notifySuccess(t, t('partnerships.themes.saved'));
      onDone();
    },
    reload,
  });
  return (
    <VersionedEditForm edit={edit} onCancel={onDone} submitLabel={t('partnerships.themes.save')}>
      <ThemeCheckboxes value={edit.values.themes} onChange={(themes) => edit.set({ themes })} error={fieldErrorFor(edit.error, t, 'themes')} />
    </VersionedEditForm>
  );
}
