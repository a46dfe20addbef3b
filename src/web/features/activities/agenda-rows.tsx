import { ActionIcon, Button, Fieldset, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { UiLocale } from '../../../shared/locales.ts';
import { fieldErrorFor } from '../../lib/form-errors.ts';
import { languageNames } from '../../lib/i18n.ts';
import { withText } from '../../lib/localised-text-form.ts';
import { languageOptions } from '../../lib/language-options.ts';
import { uiLanguage } from '../../lib/ui-language.ts';
import { emptyAgendaRow, moveRow, type AgendaRow } from './activity-form-values.ts';

interface Props {
  rows: AgendaRow[];
  onChange: (rows: AgendaRow[]) => void;
  editLang: UiLocale;
  /** Where a new item starts: after the last one, else at the activity's start. */
  defaultStart: string;
  error: unknown;
}

/** The agenda: items with time, title (in the language being edited), speakers and language; added, removed and moved with buttons. */
export function AgendaRows({ rows, onChange, editLang, defaultStart, error }: Props) {
  const { t, i18n } = useTranslation();
  const lang = uiLanguage(i18n);
  const update = (i: number, patch: Partial<AgendaRow>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const err = (i: number, field: string) => fieldErrorFor(error, t, `agenda.${i}.${field}`);
  const languages = [
    { value: '', label: t('activities.form.agendaLanguageNone') },
    ...languageOptions(
      lang,
      rows.map((r) => r.language),
    ),
  ];
  return (
    <Fieldset legend={t('activities.form.agenda')}>
      <Stack gap="sm">
        {rows.length === 0 && (
          <Text fz="sm" c="gray.7">
            {t('activities.form.agendaEmpty')}
          </Text>
        )}
        {rows.map((row, i) => {
          const n = i + 1;
          return (
            <Stack key={row.rowKey} gap="xs" p="xs" style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 6 }}>
              <Group justify="space-between" wrap="wrap">
                <Text fw={600} fz="sm">
                  {t('activities.form.agendaItem', { n })}
                </Text>
                <Group gap={4}>
                  <ActionIcon
                    variant="default"
                    aria-label={t('activities.form.moveUp', { n })}
                    disabled={i === 0}
                    onClick={() => onChange(moveRow(rows, i, -1))}
                  >
                    ↑
                  </ActionIcon>
                  <ActionIcon
                    variant="default"
                    aria-label={t('activities.form.moveDown', { n })}
                    disabled={i === rows.length - 1}
                    onClick={() => onChange(moveRow(rows, i, 1))}
                  >
                    ↓
                  </ActionIcon>
                  <Button variant="subtle" color="red" c="red.9" size="xs" onClick={() => onChange(rows.filter((_, j) => j !== i))}>
                    {t('activities.form.removeItem', { n })}
                  </Button>
                </Group>
              </Group>
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <TextInput
                  type="datetime-local"
                  label={t('activities.form.itemStarts', { n })}
                  required
                  value={row.startsLocal}
                  onChange={(e) => update(i, { startsLocal: e.currentTarget.value })}
                  error={err(i, 'startsLocal')}
                />
                <TextInput
                  type="datetime-local"
                  label={t('activities.form.itemEnds', { n })}
                  value={row.endsLocal}
                  onChange={(e) => update(i, { endsLocal: e.currentTarget.value })}
                  error={err(i, 'endsLocal')}
                />
              </SimpleGrid>
              <TextInput
                label={t('activities.form.itemTitle', { n, language: languageNames[editLang] })}
                lang={editLang}
                value={row.title[editLang]}
                onChange={(e) => update(i, { title: withText(row.title, editLang, e.currentTarget.value) })}
                error={err(i, 'title')}
              />
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <TextInput
                  label={t('activities.form.itemSpeakers', { n })}
                  value={row.speakers}
                  onChange={(e) => update(i, { speakers: e.currentTarget.value })}
                  error={err(i, 'speakers')}
                />
                <NativeSelect
                  label={t('activities.form.itemLanguage', { n })}
                  data={languages}
                  value={row.language}
                  onChange={(e) => update(i, { language: e.currentTarget.value })}
                  error={err(i, 'language')}
                />
              </SimpleGrid>
            </Stack>
          );
        })}
        <Group>
          <Button
            variant="default"
            size="xs"
            onClick={() => onChange([...rows, emptyAgendaRow(rows.at(-1)?.endsLocal || rows.at(-1)?.startsLocal || defaultStart, '')])}
          >
            {t('activities.form.addItem')}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
