import { Button, Fieldset, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { UiLocale } from '../../../../shared/locales.ts';
import { languageNames } from '../../../lib/i18n.ts';
import { withText, type TextsForm } from '../../../lib/localised-text-form.ts';
import { fieldErrorFor } from '../../../lib/form-errors.ts';
import { removeRow, updateRow } from '../../../lib/form-rows.ts';

interface PartyRow {
  rowId: string;
  personName: string;
  office: TextsForm;
}

interface Props<R extends PartyRow> {
  /** Where the rows sit in the request ("signatories"): the prefix of the API's field paths. */
  path: string;
  rows: R[];
  /** The language of the office texts the inputs edit. */
  editLang: UiLocale;
  onChange: (rows: R[]) => void;
  newRow: () => R;
  error: unknown;
  legend: string;
  emptyText: string;
  rowLegend: (n: number) => string;
  removeLabel: (n: number) => string;
  addLabel: string;
  /** The row's third input (a city, an organisation), after name and office. */
  extra: (row: R, update: (patch: Partial<R>) => void, index: number) => ReactNode;
}

/** The people on one side of an agreement (signatories, facilitators): name, office and one more field each. */
export function PartyRows<R extends PartyRow>(props: Props<R>) {
  const { path, rows, editLang, onChange, newRow, error, legend, emptyText, rowLegend, removeLabel, addLabel, extra } = props;
  const { t } = useTranslation();
  return (
    <Fieldset legend={legend}>
      <Stack gap="sm">
        {rows.length === 0 && (
          <Text fz="sm" c="gray.7">
            {emptyText}
          </Text>
        )}
        {rows.map((row, i) => {
          const n = i + 1;
          const update = (patch: Partial<R>) => onChange(updateRow(rows, i, patch));
          return (
            <Fieldset key={row.rowId} legend={rowLegend(n)} variant="filled">
              <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs">
                <TextInput
                  label={t('partnerships.agreements.personName')}
                  required
                  value={row.personName}
                  onChange={(e) => update({ personName: e.currentTarget.value } as Partial<R>)}
                  error={fieldErrorFor(error, t, `${path}.${i}.personName`)}
                />
                <TextInput
                  label={t('common.localisedText.inLanguage', { field: t('partnerships.agreements.office'), language: languageNames[editLang] })}
                  lang={editLang}
                  value={row.office[editLang]}
                  onChange={(e) => update({ office: withText(row.office, editLang, e.currentTarget.value) } as Partial<R>)}
                  error={fieldErrorFor(error, t, `${path}.${i}.office`)}
                />
                {extra(row, update, i)}
              </SimpleGrid>
              <Button variant="subtle" color="red" c="red.9" size="xs" mt="xs" onClick={() => onChange(removeRow(rows, i))}>
                {removeLabel(n)}
              </Button>
            </Fieldset>
          );
        })}
        <Button variant="light" size="xs" onClick={() => onChange([...rows, newRow()])} style={{ alignSelf: 'flex-start' }}>
          {addLabel}
        </Button>
      </Stack>
    </Fieldset>
  );
}
