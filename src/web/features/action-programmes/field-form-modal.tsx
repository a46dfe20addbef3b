import { Button, Group, NativeSelect, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Programme } from '../../../features/action-programmes/action-programmes.schemas.ts';
import { FormErrorAlert } from '../../components/form-error-alert.tsx';
import { FormModal } from '../../components/form-modal.tsx';
import { hasFieldErrors } from '../../lib/form-errors.ts';
import { labelIn } from '../../lib/labels.ts';
import { useThemes } from '../../lib/lookups-api.ts';
import { notifySuccess } from '../../lib/notify.ts';
import { uiLanguage } from '../../lib/ui-language.ts';
import { programmeFieldError } from './programme-errors.ts';
import { useAddField } from './programmes-api.ts';

/** Adds a field of action: a theme of the catalogue the programme has no field for yet. */
export function FieldFormModal({ programme, opened, onClose }: { programme: Programme; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <FormModal opened={opened} onClose={onClose} title={t('action-programmes.field.addTitle')}>
      {opened && <FieldForm programme={programme} onDone={onClose} />}
    </FormModal>
  );
}

function FieldForm({ programme, onDone }: { programme: Programme; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const themes = useThemes();
  const add = useAddField(programme.id);
  const [themeKey, setThemeKey] = useState('');
  const taken = new Set(programme.fields.map((f) => f.themeKey));
  const options = (themes.data ?? []).filter((th) => !taken.has(th.key)).map((th) => ({ value: th.key, label: labelIn(th.labels, uiLanguage(i18n)) }));
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        add.mutate(
          { themeKey },
          {
            onSuccess: () => {
              notifySuccess(t, t('action-programmes.field.added'));
              onDone();
            },
          },
        );
      }}
    >
      <Stack>
        {!hasFieldErrors(add.error) && <FormErrorAlert error={add.error} />}
        <NativeSelect
          label={t('action-programmes.field.theme')}
          required
          data={[{ value: '', label: t('action-programmes.field.chooseTheme') }, ...options]}
          value={themeKey}
          onChange={(e) => setThemeKey(e.currentTarget.value)}
          error={programmeFieldError(add.error, t, 'themeKey')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.actions.cancel')}
          </Button>
          <Button type="submit" loading={add.isPending}>
            {t('action-programmes.field.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
