import { NativeSelect, SimpleGrid, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Agreement } from '../../../../features/partnerships/agreements/agreements.schemas.ts';
import type { Partnership } from '../../../../features/partnerships/partnerships.schemas.ts';
import { FormModal } from '../../../components/form-modal.tsx';
import { TextLanguageFields } from '../../../components/text-language-fields.tsx';
import { VersionedEditForm } from '../../../components/versioned-edit-form.tsx';
import { fieldErrorFor } from '../../../lib/form-errors.ts';
import { languageNames } from '../../../lib/i18n.ts';
import { uiLocaleOf, withText } from '../../../lib/localised-text-form.ts';
import { uiLanguage } from '../../../lib/ui-language.ts';
import { uiLocales } from '../../../../shared/locales.ts';
import { agreementFormToRequest, agreementToForm, type AgreementFormValues } from './agreement-form-values.ts';
import { useSaveAgreement } from './agreements-api.ts';
import { agreementKindOptions, signingModeOptions } from '../enum-options.ts';
import { FacilitatorRows } from './facilitator-rows.tsx';
import { SignatoryRows } from './signatory-rows.tsx';
import { usePartnershipItemEdit } from '../use-partnership-item-edit.ts';

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
    <FormModal opened={opened} onClose={onClose} size="xl" title={agreement ? t('partnerships.agreements.editTitle') : t('partnerships.agreements.addTitle')}>
      <AgreementForm key={agreement?.id ?? 'new'} agreement={agreement} onDone={onClose} {...rest} />
    </FormModal>
  );
}

type FormProps = Omit<Props, 'opened' | 'onClose'> & { onDone: () => void };

function AgreementForm({ partnership, agreement, onDone, reload }: FormProps) {
  const { t, i18n } = useTranslation();
  // The fields show one language at a time, the reader's first: the texts of the others are kept.
  const [editLang, setEditLang] = useState(uiLocaleOf(uiLanguage(i18n)));
  const edit = usePartnershipItemEdit({
    item: agreement,
    itemsOf: (p) => p.agreements,
    toValues: (a) => agreementToForm(a, uiLocaleOf(uiLanguage(i18n))),
    toRequest: agreementFormToRequest,
    save: useSaveAgreement(partnership.id, agreement?.id ?? null),
    savedMessage: t('partnerships.agreements.saved'),
    reload,
    onDone,
  });
  const { values, set } = edit;
  const err = (path: string) => fieldErrorFor(edit.error, t, path);
  const inLanguage = (field: string) => t('common.localisedText.inLanguage', { field, language: languageNames[editLang] });

  return (
    <VersionedEditForm edit={edit} onCancel={onDone}>
      <TextLanguageFields
        editLang={editLang}
        onEditLangChange={setEditLang}
        originalLang={values.originalLang}
        onOriginalLangChange={(originalLang) => set({ originalLang })}
        filled={uiLocales.filter((l) => values.title[l].trim())}
        error={edit.error}
      />
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
          label={inLanguage(t('partnerships.agreements.agreementTitle'))}
          required={editLang === values.originalLang}
          lang={editLang}
          value={values.title[editLang]}
          onChange={(e) => set({ title: withText(values.title, editLang, e.currentTarget.value) })}
          error={fieldErrorFor(edit.error, t, `title.${editLang}`) ?? (values.title[editLang].trim() ? undefined : err('title'))}
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
      <TextInput label={t('partnerships.agreements.place')} value={values.place} onChange={(e) => set({ place: e.currentTarget.value })} error={err('place')} />
      <Textarea
        label={inLanguage(t('partnerships.agreements.summary'))}
        lang={editLang}
        autosize
        minRows={2}
        maxRows={8}
        value={values.summary[editLang]}
        onChange={(e) => set({ summary: withText(values.summary, editLang, e.currentTarget.value) })}
        error={err(`summary.${editLang}`)}
      />
      <SignatoryRows
        rows={values.signatories}
        onChange={(signatories) => set({ signatories })}
        cities={partnership.cities}
        editLang={editLang}
        error={edit.error}
      />
      <FacilitatorRows rows={values.facilitators} onChange={(facilitators) => set({ facilitators })} editLang={editLang} error={edit.error} />
    </VersionedEditForm>
  );
}
