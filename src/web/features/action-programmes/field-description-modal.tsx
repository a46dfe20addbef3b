import { Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProgrammeField } from '../../../features/action-programmes/action-programmes.schemas.ts';
import { uiLocales } from '../../../shared/locales.ts';
import { FormModal } from '../../components/form-modal.tsx';
import { VersionedEditForm } from '../../components/versioned-edit-form.tsx';
import { languageNames } from '../../lib/i18n.ts';
import { formToTexts, textsToForm, uiLocaleOf, withText, type TextsForm } from '../../lib/localised-text-form.ts';
import { uiLanguage } from '../../lib/ui-language.ts';
import { useListItemEdit } from '../../lib/use-list-item-edit.ts';
import { EditLanguageSelect } from './edit-language-select.tsx';
import { alertError, programmeFieldError } from './programme-errors.ts';
import { useSaveField } from './programmes-api.ts';

interface Props {
  field: ProgrammeField;
  opened: boolean;
  onClose: () => void;
  /** The programme's fields as stored now (after a version conflict). */
  reload: () => Promise<ProgrammeField[] | undefined>;
}

/** What the partners mean to do in a field of action, per language (the theme itself stays). */
export function FieldDescriptionModal({ field, opened, onClose, reload }: Props) {
  const { t } = useTranslation();
  return (
    <FormModal opened={opened} onClose={onClose} size="lg" title={t('action-programmes.field.editTitle', { name: field.themeName })}>
      {opened && <FieldDescriptionForm key={field.id} field={field} onDone={onClose} reload={reload} />}
    </FormModal>
  );
}

function FieldDescriptionForm({ field, onDone, reload }: Omit<Props, 'opened' | 'onClose'> & { onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const [editLang, setEditLang] = useState(uiLocaleOf(uiLanguage(i18n)));
  const edit = useListItemEdit({
    item: field,
    toValues: (f: ProgrammeField | null): { description: TextsForm } => ({ description: textsToForm(f?.description) }),
    toRequest: (v: { description: TextsForm }) => {
      const description = formToTexts(v.description);
      return { description: Object.keys(description).length ? description : null };
    },
    save: useSaveField(field.id),
    savedMessage: t('action-programmes.field.saved'),
    reload,
    onDone,
  });
  const { values, set } = edit;
  return (
    <VersionedEditForm edit={{ ...edit, error: alertError(edit.error) }} onCancel={onDone}>
      <EditLanguageSelect value={editLang} onChange={setEditLang} filled={uiLocales.filter((l) => values.description[l].trim())} />
      <Textarea
        label={t('common.localisedText.inLanguage', { field: t('action-programmes.field.description'), language: languageNames[editLang] })}
        lang={editLang}
        autosize
        minRows={3}
        maxRows={12}
        value={values.description[editLang]}
        onChange={(e) => set({ description: withText(values.description, editLang, e.currentTarget.value) })}
        error={programmeFieldError(edit.error, t, `description.${editLang}`) ?? programmeFieldError(edit.error, t, 'description')}
      />
    </VersionedEditForm>
  );
}
