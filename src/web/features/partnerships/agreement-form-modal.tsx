import { Button, Group, NativeSelect, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Agreement } from '../../../features/agreements/agreements.schemas.ts';
import type { Partnership } from '../../../features/partnerships/partnerships.schemas.ts';
import { ConflictDialog } from '../../components/conflict-dialog.tsx';
import { fieldErrorFor } from '../../lib/form-errors.ts';
import { useSaveAgreement } from './agreements-api.ts';
import { agreementFormToRequest, agreementToForm, type AgreementFormValues } from './agreement-form-values.ts';
import { agreementKindOptions, signingModeOptions } from './enum-options.ts';
import { FacilitatorRows } from './facilitator-rows.tsx';
import { FormErrorAlert } from './form-error-alert.tsx';
import { isVersionConflict, notifySaved } from './save-feedback.ts';
import { SignatoryRows } from './signatory-rows.tsx';
import { FormModal } from '../../components/form-modal.tsx';

interface Props {
  partnership: Partnership;
  /** null adds a new agreement. */
  agreement: Agreement | null;
  opened: boolean;
  onClose: () => void;
  reload: () => Promise<Partnership | undefined>;
}

export function AgreementFormModal({ opened, onClose, agreement, ...rest }: Props) {
  const { t } = useTranslation();
  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      size="xl"
      title={agreement ? t('partnerships.agreements.editTitle') : t('partnerships.agreements.addTitle')}
    >
      <AgreementForm key={agreement?.id ?? 'new'} agreement={agreement} onDone={onClose} {...rest} />
    </FormModal>
  );
}

type FormProps = Omit<Props, 'opened' | 'onClose'> & { onDone: () => void };

function AgreementForm({ partnership, agreement, onDone, reload }: FormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState(() => agreementToForm(agreement));
  const [conflict, setConflict] = useState(false);
  const save = useSaveAgreement(partnership.id, agreement?.id ?? null);
  const set = (patch: Partial<AgreementFormValues>) => setValues((v) => ({ ...v, ...patch }));
  const err = (path: string) => fieldErrorFor(save.error, t, path);

  function submit(e: FormEvent) {
    e.preventDefault();
    const body = agreementFormToRequest(values);
    save.mutate(agreement ? { ...body, version: values.version } : body, {
      onSuccess: () => {
        notifySaved(t, t('partnerships.agreements.saved'));
        onDone();
      },
      onError: (error) => setConflict(isVersionConflict(error)),
    });
  }

  async function reloadLatest() {
    const fresh = await reload();
    const latest = fresh?.agreements.find((a) => a.id === agreement?.id);
    save.reset();
    // Deleted by someone else meanwhile: nothing left to edit.
    if (fresh && !latest) return onDone();
    if (latest) setValues(agreementToForm(latest));
    setConflict(false);
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormErrorAlert error={save.error} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NativeSelect
            label={t('partnerships.agreements.kind')}
            required
            data={agreementKindOptions(t)}
            value={values.kind}
            onChange={(e) => set({ kind: e.currentTarget.value as AgreementFormValues['kind'] })}
            error={err('kind')}
          />
          <TextInput
            label={t('partnerships.agreements.agreementTitle')}
            required
            value={values.title}
            onChange={(e) => set({ title: e.currentTarget.value })}
            error={err('title')}
          />
          <TextInput
            type="date"
            label={t('partnerships.agreements.signedOn')}
            value={values.signedOn}
            onChange={(e) => set({ signedOn: e.currentTarget.value })}
            error={err('signedOn')}
          />
          <NativeSelect
            label={t('partnerships.agreements.mode')}
            data={[{ value: '', label: t('partnerships.agreements.modeUnknown') }, ...signingModeOptions(t)]}
            value={values.mode}
            onChange={(e) => set({ mode: e.currentTarget.value as AgreementFormValues['mode'] })}
            error={err('mode')}
          />
        </SimpleGrid>
        <TextInput
          label={t('partnerships.agreements.place')}
          value={values.place}
          onChange={(e) => set({ place: e.currentTarget.value })}
          error={err('place')}
        />
        <Textarea
          label={t('partnerships.agreements.summary')}
          autosize
          minRows={2}
          maxRows={8}
          value={values.summary}
          onChange={(e) => set({ summary: e.currentTarget.value })}
          error={err('summary')}
        />
        <SignatoryRows rows={values.signatories} onChange={(signatories) => set({ signatories })} cities={partnership.cities} error={save.error} />
        <FacilitatorRows rows={values.facilitators} onChange={(facilitators) => set({ facilitators })} error={save.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.actions.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('common.actions.save')}
          </Button>
        </Group>
      </Stack>
      <ConflictDialog opened={conflict} onReload={() => void reloadLatest()} onClose={() => setConflict(false)} />
    </form>
  );
}
