import { Fieldset, Group, MultiSelect, NativeSelect, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { itemCategories } from '../../../features/organisations/organisations.schemas.ts';
import { RemoveRowButton } from '../../components/remove-row-button.tsx';
import { fieldErrorFor, requiredFieldError } from '../../lib/form-errors.ts';
import type { ItemRow } from './organisation-form-model.ts';

interface Props {
  row: ItemRow;
  /** Where the row sits in the request, e.g. "offers.2": the prefix of the API's field paths. */
  path: string;
  legend: string;
  removeLabel: string;
  languages: { value: string; label: string }[];
  themes: { value: string; label: string }[];
  error: unknown;
  onChange: (patch: Partial<ItemRow>) => void;
  onRemove: () => void;
}

/** One offer or request: category, language, title, text, themes and the last valid day. */
export function ItemRowEditor({ row, path, legend, removeLabel, languages, themes, error, onChange, onRemove }: Props) {
  const { t } = useTranslation();
  const err = (field: string) => fieldErrorFor(error, t, `${path}.${field}`);
  return (
    <Fieldset legend={legend} variant="filled">
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <NativeSelect
            label={t('organisations.items.category')}
            data={[
              { value: '', label: t('organisations.items.noCategory') },
              ...itemCategories.map((c) => ({ value: c, label: t(`organisations.categories.${c}`) })),
            ]}
            value={row.category}
            onChange={(e) => onChange({ category: e.currentTarget.value })}
            error={err('category')}
          />
          <NativeSelect
            label={t('organisations.form.textLanguage')}
            data={[{ value: '', label: t('organisations.form.languageNotSet') }, ...languages]}
            value={row.lang}
            onChange={(e) => onChange({ lang: e.currentTarget.value })}
            error={err('lang')}
          />
          <TextInput
            label={t('organisations.items.validUntilLabel')}
            description={t('organisations.items.validUntilHint')}
            type="date"
            value={row.validUntil}
            onChange={(e) => onChange({ validUntil: e.currentTarget.value })}
            error={err('validUntil')}
          />
        </SimpleGrid>
        <TextInput
          label={t('organisations.items.title')}
          value={row.title}
          maxLength={300}
          onChange={(e) => onChange({ title: e.currentTarget.value })}
          error={err('title')}
        />
        <Textarea
          label={t('organisations.items.text')}
          required
          autosize
          minRows={3}
          maxRows={12}
          lang={row.lang || undefined}
          value={row.text}
          onChange={(e) => onChange({ text: e.currentTarget.value })}
          error={requiredFieldError(error, t, `${path}.text`, row.text)}
        />
        <MultiSelect
          label={t('organisations.fields.themes')}
          data={themes}
          value={row.themes}
          onChange={(value) => onChange({ themes: value })}
          searchable
          hidePickedOptions
          error={err('themes')}
        />
        <Group justify="flex-end">
          <RemoveRowButton label={removeLabel} onClick={onRemove} />
        </Group>
      </Stack>
    </Fieldset>
  );
}
