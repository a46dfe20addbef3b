import { Button, Fieldset, Group, NativeSelect, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RemoveRowButton } from '../../components/remove-row-button.tsx';
import { fieldErrorFor, ownFieldError, requiredFieldError } from '../../lib/form-errors.ts';
import { removeRow, updateRow } from '../../lib/form-rows.ts';
import { languageOptions } from '../../lib/language-options.ts';
import { uiLanguage } from '../../lib/ui-language.ts';
import { ConceptPicker } from './concept-picker.tsx';
import { emptyDescriptionRow, type DescriptionRow } from './organisation-form-model.ts';

interface Props {
  rows: DescriptionRow[];
  onChange: (rows: DescriptionRow[]) => void;
  /** The organisation's confirmed concepts, proposed from its description texts. */
  concepts: string[];
  onConceptsChange: (concepts: string[]) => void;
  error: unknown;
}

/** Description texts, one per language: language select and text, rows can be added and removed. */
export function DescriptionEditor({ rows, onChange, concepts, onConceptsChange, error }: Props) {
  const { t, i18n } = useTranslation();
  const options = [
    { value: '', label: t('organisations.form.languageNotSet') },
    ...languageOptions(
      uiLanguage(i18n),
      rows.map((r) => r.lang),
    ),
  ];
  const update = (index: number, patch: Partial<DescriptionRow>) => onChange(updateRow(rows, index, patch));
  const usedLangs = new Set(rows.map((r) => r.lang));
  const nextLang = ['en', 'de', 'ro', 'hu', uiLanguage(i18n)].find((l) => !usedLangs.has(l)) ?? '';
  const listError = ownFieldError(error, t, 'description');

  return (
    <Stack gap="sm">
      {rows.length === 0 && <Text c="gray.7">{t('organisations.form.noDescription')}</Text>}
      {rows.map((row, i) => (
        <Fieldset key={row.rowId} legend={t('organisations.form.descriptionRow', { n: i + 1 })} variant="filled">
          <Stack gap="sm">
            <Group align="flex-end" justify="space-between" wrap="nowrap">
              <NativeSelect
                label={t('organisations.form.textLanguage')}
                data={options}
                value={row.lang}
                onChange={(e) => update(i, { lang: e.currentTarget.value })}
                error={fieldErrorFor(error, t, `description.${i}.lang`)}
                style={{ flex: 1, maxWidth: 320 }}
              />
              <RemoveRowButton label={t('organisations.form.removeDescription', { n: i + 1 })} onClick={() => onChange(removeRow(rows, i))} />
            </Group>
            <Textarea
              label={t('organisations.form.text')}
              required
              autosize
              minRows={4}
              maxRows={16}
              value={row.text}
              lang={row.lang || undefined}
              onChange={(e) => update(i, { text: e.currentTarget.value })}
              error={requiredFieldError(error, t, `description.${i}.text`, row.text)}
            />
          </Stack>
        </Fieldset>
      ))}
      {listError && (
        <Text c="red.9" fz="sm" role="alert">
          {listError}
        </Text>
      )}
      <Group>
        <Button variant="light" onClick={() => onChange([...rows, emptyDescriptionRow(nextLang)])}>
          {t('organisations.form.addDescription')}
        </Button>
      </Group>
      <ConceptPicker sources={rows.map((r) => ({ text: r.text, lang: r.lang }))} value={concepts} onChange={onConceptsChange} path="concepts" error={error} />
    </Stack>
  );
}
