import { NativeSelect, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Activity } from '../../../features/activities/activities.schemas.ts';
import { uiLocales, type UiLocale } from '../../../shared/locales.ts';
import { VersionedEditForm } from '../../components/versioned-edit-form.tsx';
import { apiGet } from '../../lib/api-client.ts';
import { fieldErrorFor } from '../../lib/form-errors.ts';
import { languageNames } from '../../lib/i18n.ts';
import { formToTexts, textsToForm, uiLocaleOf, withText } from '../../lib/localised-text-form.ts';
import { notifySuccess } from '../../lib/notify.ts';
import { uiLanguage } from '../../lib/ui-language.ts';
import { useVersionedEdit } from '../../lib/use-versioned-edit.ts';
import { useSaveFollowUp } from './activities-api.ts';

/** Outcomes and minutes, per language, saved with the version read (409 → the conflict dialog). */
export function FollowUpForm({ activity }: { activity: Activity }) {
  const { t, i18n } = useTranslation();
  const [editLang, setEditLang] = useState<UiLocale>(uiLocaleOf(uiLanguage(i18n)));
  const save = useSaveFollowUp(activity.id);
  const edit = useVersionedEdit({
    record: activity,
    toValues: (a) => ({ outcomes: textsToForm(a.outcomes), minutes: textsToForm(a.minutes) }),
    toRequest: (v, version) => ({ version, outcomes: formToTexts(v.outcomes), minutes: formToTexts(v.minutes) }),
    save,
    onSaved: () => notifySuccess(t, t('activities.followUp.saved')),
    reload: () => apiGet<Activity>(`/api/activities/${activity.id}`),
  });
  const { values, set } = edit;
  const inLanguage = (field: string) => t('common.localisedText.inLanguage', { field, language: languageNames[editLang] });
  return (
    <VersionedEditForm edit={edit} onCancel={() => set({ outcomes: textsToForm(activity.outcomes), minutes: textsToForm(activity.minutes) })}>
      <NativeSelect
        label={t('common.localisedText.editLanguage')}
        data={uiLocales.map((l) => ({
          value: l,
          label:
            values.outcomes[l].trim() || values.minutes[l].trim() ? languageNames[l] : t('common.localisedText.notYetWritten', { language: languageNames[l] }),
        }))}
        value={editLang}
        onChange={(e) => setEditLang(e.currentTarget.value as UiLocale)}
        maw={320}
      />
      <Textarea
        label={inLanguage(t('activities.followUp.outcomes'))}
        lang={editLang}
        autosize
        minRows={3}
        maxRows={12}
        value={values.outcomes[editLang]}
        onChange={(e) => set({ outcomes: withText(values.outcomes, editLang, e.currentTarget.value) })}
        error={fieldErrorFor(edit.error, t, 'outcomes')}
      />
      <Textarea
        label={inLanguage(t('activities.followUp.minutes'))}
        lang={editLang}
        autosize
        minRows={3}
        maxRows={16}
        value={values.minutes[editLang]}
        onChange={(e) => set({ minutes: withText(values.minutes, editLang, e.currentTarget.value) })}
        error={fieldErrorFor(edit.error, t, 'minutes')}
      />
    </VersionedEditForm>
  );
}
