import { useTranslation } from 'react-i18next';
import type { Partnership } from '../../../features/partnerships/partnerships.schemas.ts';
import { FormModal } from '../../components/form-modal.tsx';
import { VersionedEditForm } from '../../components/versioned-edit-form.tsx';
import { notifySuccess } from '../../lib/notify.ts';
import { useVersionedEdit } from '../../lib/use-versioned-edit.ts';
import { PartnershipFormFields } from './partnership-form-fields.tsx';
import { formToRequest, partnershipToForm } from './partnership-form-values.ts';
import { useUpdatePartnership } from './partnerships-api.ts';

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
  const edit = useVersionedEdit({
    record: partnership,
    toValues: partnershipToForm,
    toRequest: (values, version) => ({ ...formToRequest(values), version }),
    save: useUpdatePartnership(partnership.id),
    onSaved: () => {
      notifySuccess(t, t('partnerships.edit.saved'));
      onDone();
    },
    reload,
  });
  return (
    <VersionedEditForm edit={edit} onCancel={onDone}>
      <PartnershipFormFields values={edit.values} onChange={edit.set} error={edit.error} />
    </VersionedEditForm>
  );
}
