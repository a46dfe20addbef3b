import { Checkbox, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Programme } from '../../../features/action-programmes/action-programmes.schemas.ts';
import { uiLocales } from '../../../shared/locales.ts';
import { FormModal } from '../../components/form-modal.tsx';
import { TextLanguageFields } from '../../components/text-language-fields.tsx';
import { VersionedEditForm } from '../../components/versioned-edit-form.tsx';
import { languageNames } from '../../lib/i18n.ts';
import { uiLocaleOf, withText } from '../../lib/localised-text-form.ts';
import { notifySuccess } from '../../lib/notify.ts';
import { uiLanguage } from '../../lib/ui-language.ts';
import { useVersionedEdit, type VersionedEditControls } from '../../lib/use-versioned-edit.ts';
import { alertError, programmeFieldError, textFieldError } from './programme-errors.ts';
import { programmeFormToRequest, programmeToForm, type ProgrammeFormValues } from './programme-form-values.ts';
import { useCreateProgramme, useSaveProgramme } from './programmes-api.ts';

interface Props {
  opened: boolean;
  onClose: () => void;
}

/** "New programme" of a partnership: opens the new programme's page once created. */
export function NewProgrammeModal({ partnershipId, opened, onClose }: Props & { partnershipId: string }) {
  const { t } = useTranslation();
  return (
    <FormModal opened={opened} onClose={onClose} size="lg" title={t('action-programmes.programme.addTitle')}>
      {opened && <NewProgrammeForm partnershipId={partnershipId} onDone={onClose} />}
    </FormModal>
  );
}

/** Edits a programme's title, summary and period. */
export function EditProgrammeModal({ programme, reload, opened, onClose }: Props & { programme: Programme; reload: () => Promise<Programme | undefined> }) {
  const { t } = useTranslation();
  return (
    <FormModal opened={opened} onClose={onClose} size="lg" title={t('action-programmes.programme.editTitle')}>
      {opened && <EditProgrammeForm programme={programme} reload={reload} onDone={onClose} />}
    </FormModal>
  );
}

function NewProgrammeForm({ partnershipId, onDone }: { partnershipId: string; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const save = useCreateProgramme(partnershipId);
  const edit = useVersionedEdit({
    record: null,
    toValues: () => programmeToForm(null, uiLocaleOf(uiLanguage(i18n))),
    toRequest: (v) => ({ ...programmeFormToRequest(v), withFocusThemes: v.withFocusThemes }),
    save,
    onSaved: (created) => {
      notifySuccess(t, t('action-programmes.programme.created'));
      onDone();
      void navigate(`/programmes/${encodeURIComponent(created.key)}`);
    },
    reload: async () => null,
  });
  return <ProgrammeFields edit={edit} onDone={onDone} creating />;
}

function EditProgrammeForm({ programme, reload, onDone }: { programme: Programme; reload: () => Promise<Programme | undefined>; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const edit = useVersionedEdit({
    record: programme,
    toValues: (p) => programmeToForm(p, uiLocaleOf(uiLanguage(i18n))),
    toRequest: (v, version) => ({ ...programmeFormToRequest(v), version }),
    save: useSaveProgramme(programme.id),
    onSaved: () => {
      notifySuccess(t, t('action-programmes.programme.saved'));
      onDone();
    },
    reload,
    onGone: onDone,
  });
  return <ProgrammeFields edit={edit} onDone={onDone} />;
}

type Edit = VersionedEditControls & { values: ProgrammeFormValues; set: (patch: Partial<ProgrammeFormValues>) => void };

function ProgrammeFields({ edit, onDone, creating = false }: { edit: Edit; onDone: () => void; creating?: boolean }) {
  const { t, i18n } = useTranslation();
  const [editLang, setEditLang] = useState(uiLocaleOf(uiLanguage(i18n)));
  const { values, set } = edit;
  const err = (path: string) => programmeFieldError(edit.error, t, path);
  const inLanguage = (field: string) => t('common.localisedText.inLanguage', { field, language: languageNames[editLang] });
  return (
    <VersionedEditForm
      edit={{ ...edit, error: alertError(edit.error) }}
      onCancel={onDone}
      submitLabel={creating ? t('action-programmes.programme.create') : undefined}
    >
      <TextLanguageFields
        editLang={editLang}
        onEditLangChange={setEditLang}
        originalLang={values.originalLang}
        onOriginalLangChange={(originalLang) => set({ originalLang })}
        filled={uiLocales.filter((l) => values.title[l].trim())}
        error={edit.error}
      />
      <TextInput
        label={inLanguage(t('action-programmes.programme.title'))}
        required={editLang === values.originalLang}
        lang={editLang}
        value={values.title[editLang]}
        onChange={(e) => set({ title: withText(values.title, editLang, e.currentTarget.value) })}
        error={textFieldError(edit.error, t, 'title', editLang, values.title[editLang])}
      />
      <Textarea
        label={inLanguage(t('action-programmes.programme.summary'))}
        lang={editLang}
        autosize
        minRows={2}
        maxRows={8}
        value={values.summary[editLang]}
        onChange={(e) => set({ summary: withText(values.summary, editLang, e.currentTarget.value) })}
        error={err(`summary.${editLang}`)}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          type="date"
          label={t('action-programmes.programme.startsOn')}
          required
          value={values.startsOn}
          onChange={(e) => set({ startsOn: e.currentTarget.value })}
          error={err('startsOn')}
        />
        <TextInput
          type="date"
          label={t('action-programmes.programme.endsOn')}
          required
          value={values.endsOn}
          onChange={(e) => set({ endsOn: e.currentTarget.value })}
          error={err('endsOn')}
        />
      </SimpleGrid>
      {creating && (
        <Checkbox
          label={t('action-programmes.programme.withFocusThemes')}
          description={t('action-programmes.programme.withFocusThemesHint')}
          checked={values.withFocusThemes}
          onChange={(e) => set({ withFocusThemes: e.currentTarget.checked })}
        />
      )}
    </VersionedEditForm>
  );
}
