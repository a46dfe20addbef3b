import { Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ownFieldError } from '../../lib/form-errors.ts';
import { removeRow, updateRow } from '../../lib/form-rows.ts';
import { editItemRow, useLanguageDetector } from './item-language.ts';
import { ItemRowEditor } from './item-row-editor.tsx';
import { emptyItemRow, type ItemRow } from './organisation-form-model.ts';

interface Props {
  kind: 'offers' | 'requests';
  rows: ItemRow[];
  onChange: (rows: ItemRow[]) => void;
  languages: { value: string; label: string }[];
  themes: { value: string; label: string }[];
  defaultLang: string;
  error: unknown;
}

/** The repeatable list of an organisation's offers or requests. */
export function ItemsEditor({ kind, rows, onChange, languages, themes, defaultLang, error }: Props) {
  const { t } = useTranslation();
  const detectLanguage = useLanguageDetector();
  const offers = kind === 'offers';
  const listError = ownFieldError(error, t, kind);
  return (
    <Stack gap="sm">
      {rows.length === 0 && <Text c="gray.7">{offers ? t('organisations.form.noOffers') : t('organisations.form.noRequests')}</Text>}
      {rows.map((row, i) => (
        <ItemRowEditor
          key={row.rowId}
          row={row}
          path={`${kind}.${i}`}
          legend={offers ? t('organisations.form.offerRow', { n: i + 1 }) : t('organisations.form.requestRow', { n: i + 1 })}
          removeLabel={offers ? t('organisations.form.removeOffer', { n: i + 1 }) : t('organisations.form.removeRequest', { n: i + 1 })}
          languages={languages}
          themes={themes}
          error={error}
          onChange={(patch) => onChange(updateRow(rows, i, editItemRow(row, patch, detectLanguage)))}
          onRemove={() => onChange(removeRow(rows, i))}
        />
      ))}
      {listError && (
        <Text c="red.9" fz="sm" role="alert">
          {listError}
        </Text>
      )}
      <Group>
        <Button variant="light" onClick={() => onChange([...rows, emptyItemRow(defaultLang)])}>
          {offers ? t('organisations.form.addOffer') : t('organisations.form.addRequest')}
        </Button>
      </Group>
    </Stack>
  );
}
