import { Button, Checkbox, Fieldset, Group, MultiSelect, NativeSelect, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { itemCategories } from '../../../features/organisations/organisations.schemas.ts';
import { RemoveRowButton } from '../../components/remove-row-button.tsx';
import { fieldErrorFor, requiredFieldError } from '../../lib/form-errors.ts';
import { ConceptPicker } from './concept-picker.tsx';
import { itemExpiry, offersRenewal, todayUtc, twelveMonthsFrom } from './item-expiry.ts';
import { ItemState } from './item-state.tsx';
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
  const today = todayUtc();
  // The stored state, while the form shows the date as stored: a changed date is the editor's own.
  const stored = row.stored && row.stored.validUntil === (row.validUntil || null) ? row.stored : undefined;
  const renewable = offersRenewal(itemExpiry(row.validUntil, today));
  return (
    <Fieldset legend={legend} variant="filled">
      <Stack gap="sm">
        {row.stored && <ItemState item={stored ?? { ...row.stored, expired: false, validUntil: row.validUntil || null }} insider />}
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
        <ConceptPicker
          sources={[{ text: [row.title, row.text].filter((s) => s.trim()).join('\n'), lang: row.lang }]}
          value={row.concepts}
          onChange={(concepts) => onChange({ concepts })}
          path={`${path}.concepts`}
          error={error}
        />
        <Checkbox
          label={t('organisations.items.keepDraft')}
          description={t('organisations.items.keepDraftHint')}
          checked={row.draft}
          onChange={(e) => onChange({ draft: e.currentTarget.checked })}
        />
        <Group justify="space-between">
          {renewable ? (
            <Button variant="light" size="xs" onClick={() => onChange({ validUntil: twelveMonthsFrom(row.validUntil, today) })}>
              {t('organisations.items.extend')}
            </Button>
          ) : (
            <span />
          )}
          <RemoveRowButton label={removeLabel} onClick={onRemove} />
        </Group>
      </Stack>
    </Fieldset>
  );
}
