import { Button, Group, NativeSelect, Stack, Text, Textarea } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Activity } from '../../../features/activities/activities.schemas.ts';
import { uiLocales, type UiLocale } from '../../../shared/locales.ts';
import { ConfirmButton } from '../../components/confirm-button.tsx';
import { FormModal } from '../../components/form-modal.tsx';
import { fieldErrorFor, hasFieldErrors } from '../../lib/form-errors.ts';
import { languageNames } from '../../lib/i18n.ts';
import { chooseText } from '../../../shared/localised-text-choice.ts';
import { emptyTexts, formToTexts, uiLocaleOf, withText } from '../../lib/localised-text-form.ts';
import { notifySuccess } from '../../lib/notify.ts';
import { uiLanguage } from '../../lib/ui-language.ts';
import { useCancelActivity, useDeleteActivity } from './activities-api.ts';
import { ActivityErrorAlert } from './activity-errors.tsx';

/** Cancelling keeps the activity listed as cancelled; the optional reason (per language) goes into the mails to those registered. */
export function CancelActivity({ activity }: { activity: Activity }) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <Stack gap="xs" align="flex-start">
      <Text fz="sm">{t('activities.organise.cancelHint')}</Text>
      {/* A subtle dark red keeps the label above 4.5:1 contrast. */}
      <Button variant="subtle" color="red" c="red.9" onClick={open}>
        {t('activities.organise.cancel')}
      </Button>
      <FormModal opened={opened} onClose={close} size="lg" title={t('activities.organise.cancelTitle')}>
        {opened && <CancelForm activity={activity} onDone={close} />}
      </FormModal>
    </Stack>
  );
}

function CancelForm({ activity, onDone }: { activity: Activity; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const cancel = useCancelActivity(activity.id);
  const [lang, setLang] = useState<UiLocale>(uiLocaleOf(uiLanguage(i18n)));
  const [reason, setReason] = useState(emptyTexts());
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const texts = formToTexts(reason);
    cancel.mutate(
      { version: activity.version, reason: Object.keys(texts).length ? texts : null },
      {
        onSuccess: () => {
          notifySuccess(t, t('activities.organise.cancelled'));
          onDone();
        },
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text>{t('activities.organise.cancelMessage')}</Text>
        <ActivityErrorAlert error={hasFieldErrors(cancel.error) ? null : cancel.error} />
        <NativeSelect
          label={t('common.localisedText.editLanguage')}
          description={t('common.localisedText.editLanguageHint')}
          data={uiLocales.map((l) => ({
            value: l,
            label: reason[l].trim() ? languageNames[l] : t('common.localisedText.notYetWritten', { language: languageNames[l] }),
          }))}
          value={lang}
          onChange={(e) => setLang(e.currentTarget.value as UiLocale)}
        />
        <Textarea
          label={t('common.localisedText.inLanguage', { field: t('activities.organise.cancelReason'), language: languageNames[lang] })}
          description={t('activities.organise.cancelReasonHint')}
          lang={lang}
          autosize
          minRows={2}
          maxRows={6}
          value={reason[lang]}
          onChange={(e) => setReason(withText(reason, lang, e.currentTarget.value))}
          error={fieldErrorFor(cancel.error, t, `reason.${lang}`) ?? fieldErrorFor(cancel.error, t, 'reason')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone} data-autofocus>
            {t('common.actions.back')}
          </Button>
          <Button type="submit" color="red.9" loading={cancel.isPending}>
            {t('activities.organise.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Deleting removes the activity with its participants; afterwards the partnership's activities are shown. */
export function DeleteActivity({ activity }: { activity: Activity }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const remove = useDeleteActivity(activity.id);
  const title = chooseText(activity.title, activity.originalLang, uiLanguage(i18n))?.text ?? activity.key;
  return (
    <Stack gap="xs" align="flex-start">
      <Text fz="sm">{t('activities.organise.deleteHint')}</Text>
      <ConfirmButton
        title={t('activities.organise.deleteTitle', { title })}
        message={t('activities.organise.deleteMessage', { title })}
        confirmLabel={t('activities.organise.delete')}
        loading={remove.isPending}
        onConfirm={() =>
          remove.mutateAsync().then(
            () => {
              notifySuccess(t, t('activities.organise.deleted', { title }));
              void navigate(`/partnerships/${encodeURIComponent(activity.partnership.key)}/activities`);
            },
            () => undefined,
          )
        }
      >
        {t('activities.organise.delete')}
      </ConfirmButton>
      <ActivityErrorAlert error={remove.error} />
    </Stack>
  );
}
