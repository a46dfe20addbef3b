import { Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProgrammeGoal } from '../../../features/action-programmes/action-programmes.schemas.ts';
import { uiLocales } from '../../../shared/locales.ts';
import { FormModal } from '../../components/form-modal.tsx';
import { VersionedEditForm } from '../../components/versioned-edit-form.tsx';
import { languageNames } from '../../lib/i18n.ts';
import { emptyTexts, formToTexts, textsToForm, uiLocaleOf, withText, type TextsForm } from '../../lib/localised-text-form.ts';
import { uiLanguage } from '../../lib/ui-language.ts';
import { useListItemEdit } from '../../lib/use-list-item-edit.ts';
import { EditLanguageSelect } from './edit-language-select.tsx';
import { alertError, programmeFieldError, textFieldError } from './programme-errors.ts';
import { useSaveGoal } from './programmes-api.ts';

interface Props {
  fieldId: string;
  /** null adds a goal to the field. */
  goal: ProgrammeGoal | null;
  opened: boolean;
  onClose: () => void;
  /** The programme's goals as stored now (after a version conflict). */
  reload: () => Promise<ProgrammeGoal[] | undefined>;
}

type Values = { title: TextsForm; description: TextsForm };

export function GoalFormModal({ opened, onClose, goal, ...rest }: Props) {
  const { t } = useTranslation();
  return (
    <FormModal opened={opened} onClose={onClose} size="lg" title={goal ? t('action-programmes.goal.editTitle') : t('action-programmes.goal.addTitle')}>
      {opened && <GoalForm key={goal?.id ?? 'new'} goal={goal} onDone={onClose} {...rest} />}
    </FormModal>
  );
}

function GoalForm({ fieldId, goal, onDone, reload }: Omit<Props, 'opened' | 'onClose'> & { onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const [editLang, setEditLang] = useState(uiLocaleOf(uiLanguage(i18n)));
  const edit = useListItemEdit({
    item: goal,
    toValues: (g: ProgrammeGoal | null): Values => ({
      title: g ? textsToForm(g.title) : emptyTexts(),
      description: g ? textsToForm(g.description) : emptyTexts(),
    }),
    toRequest: (v: Values) => ({ title: formToTexts(v.title), description: formToTexts(v.description) }),
    save: useSaveGoal(fieldId, goal?.id ?? null),
    savedMessage: t('action-programmes.goal.saved'),
    reload,
    onDone,
  });
  const { values, set } = edit;
  const inLanguage = (field: string) => t('common.localisedText.inLanguage', { field, language: languageNames[editLang] });
  return (
    <VersionedEditForm edit={{ ...edit, error: alertError(edit.error) }} onCancel={onDone}>
      <EditLanguageSelect value={editLang} onChange={setEditLang} filled={uiLocales.filter((l) => values.title[l].trim())} />
      <TextInput
        label={inLanguage(t('action-programmes.goal.title'))}
        required
        lang={editLang}
        value={values.title[editLang]}
        onChange={(e) => set({ title: withText(values.title, editLang, e.currentTarget.value) })}
        error={textFieldError(edit.error, t, 'title', editLang, values.title[editLang])}
      />
      <Textarea
        label={inLanguage(t('action-programmes.goal.description'))}
        lang={editLang}
        autosize
        minRows={2}
        maxRows={8}
        value={values.description[editLang]}
        onChange={(e) => set({ description: withText(values.description, editLang, e.currentTarget.value) })}
        error={programmeFieldError(edit.error, t, `description.${editLang}`)}
      />
    </VersionedEditForm>
  );
}
