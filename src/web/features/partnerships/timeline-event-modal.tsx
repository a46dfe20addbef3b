import { NativeSelect, SimpleGrid, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { uiLocales, type UiLocale } from '../../../shared/locales.ts';
import type { Partnership } from '../../../features/partnerships/partnerships.schemas.ts';
import type { TimelineEvent } from '../../../features/partnerships/timeline-events.schemas.ts';
import { FormModal } from '../../components/form-modal.tsx';
import { TextLanguageFields } from '../../components/text-language-fields.tsx';
import { VersionedEditForm } from '../../components/versioned-edit-form.tsx';
import { fieldErrorFor } from '../../lib/form-errors.ts';
import { languageNames } from '../../lib/i18n.ts';
import { emptyTexts, formToTexts, textsToForm, uiLocaleOf, withText, type TextsForm } from '../../lib/localised-text-form.ts';
import { uiLanguage } from '../../lib/ui-language.ts';
import { timelineKindOptions } from './enum-options.ts';
import { useSaveTimelineEvent } from './timeline-api.ts';
import { usePartnershipItemEdit } from './use-partnership-item-edit.ts';
import { isHandEnteredEvent } from '../projects/work-plan/partnership-timeline-entries.ts';

interface Props {
  partnership: Partnership;
  /** null adds a new event. */
  event: TimelineEvent | null;
  opened: boolean;
  onClose: () => void;
  reload: () => Promise<Partnership | undefined>;
}

type Values = { kind: TimelineEvent['kind']; occurredOn: string; title: TextsForm; description: TextsForm; originalLang: UiLocale };

/** A new event is written in the reader's interface language unless they say otherwise. */
const toValues = (e: TimelineEvent | null, uiLang: UiLocale): Values =>
  e
    ? { kind: e.kind, occurredOn: e.occurredOn, title: textsToForm(e.title), description: textsToForm(e.description), originalLang: e.originalLang }
    : { kind: 'meeting', occurredOn: '', title: emptyTexts(), description: emptyTexts(), originalLang: uiLang };

export function TimelineEventModal({ opened, onClose, event, ...rest }: Props) {
  const { t } = useTranslation();
  return (
    <FormModal opened={opened} onClose={onClose} size="lg" title={event ? t('partnerships.timeline.editTitle') : t('partnerships.timeline.addTitle')}>
      <TimelineEventForm key={event?.id ?? 'new'} event={event} onDone={onClose} {...rest} />
    </FormModal>
  );
}

function TimelineEventForm({ partnership, event, onDone, reload }: Omit<Props, 'opened' | 'onClose'> & { onDone: () => void }) {
  const { t, i18n } = useTranslation();
  // The fields show one language at a time, the reader's first: the texts of the others are kept.
  const [editLang, setEditLang] = useState(uiLocaleOf(uiLanguage(i18n)));
  const edit = usePartnershipItemEdit({
    item: event,
    itemsOf: (p) => p.timeline.filter(isHandEnteredEvent),
    toValues: (e) => toValues(e, uiLocaleOf(uiLanguage(i18n))),
    toRequest: (values) => ({ ...values, title: formToTexts(values.title), description: formToTexts(values.description) }),
    save: useSaveTimelineEvent(partnership.id, event?.id ?? null),
    savedMessage: t('partnerships.timeline.saved'),
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
        <TextInput
          type="date"
          label={t('partnerships.timeline.occurredOn')}
          required
          value={values.occurredOn}
          onChange={(e) => set({ occurredOn: e.currentTarget.value })}
          error={err('occurredOn')}
        />
        <NativeSelect
          label={t('partnerships.timeline.kind')}
          required
          data={timelineKindOptions(t)}
          value={values.kind}
          onChange={(e) => set({ kind: e.currentTarget.value as Values['kind'] })}
          error={err('kind')}
        />
      </SimpleGrid>
      <TextInput
        label={inLanguage(t('partnerships.timeline.eventTitle'))}
        required={editLang === values.originalLang}
        lang={editLang}
        value={values.title[editLang]}
        onChange={(e) => set({ title: withText(values.title, editLang, e.currentTarget.value) })}
        error={err(`title.${editLang}`) ?? (values.title[editLang].trim() ? undefined : err('title'))}
      />
      <Textarea
        label={inLanguage(t('partnerships.timeline.description'))}
        lang={editLang}
        autosize
        minRows={2}
        maxRows={8}
        value={values.description[editLang]}
        onChange={(e) => set({ description: withText(values.description, editLang, e.currentTarget.value) })}
        error={err(`description.${editLang}`)}
      />
    </VersionedEditForm>
  );
}
