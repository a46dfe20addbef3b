import { Button, Fieldset, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { UiLocale } from '../../../shared/locales.ts';
import { removeRow, updateRow } from '../../lib/form-rows.ts';
import { languageNames } from '../../lib/i18n.ts';
import { withText } from '../../lib/localised-text-form.ts';
import { emptyIndicator, type IndicatorRow } from './measure-form-values.ts';
import { programmeFieldError, textFieldError } from './programme-errors.ts';

interface Props {
  rows: IndicatorRow[];
  onChange: (rows: IndicatorRow[]) => void;
  editLang: UiLocale;
  error: unknown;
}

/** How a measure's success is measured: each indicator with baseline, target, achieved, unit and source. */
export function IndicatorRows({ rows, onChange, editLang, error }: Props) {
  const { t } = useTranslation();
  return (
    <Fieldset legend={t('action-programmes.measure.indicators')}>
      <Stack gap="sm">
        {rows.length === 0 && (
          <Text fz="sm" c="gray.7">
            {t('action-programmes.indicator.none')}
          </Text>
        )}
        {rows.map((row, i) => {
          const n = i + 1;
          const update = (patch: Partial<IndicatorRow>) => onChange(updateRow(rows, i, patch));
          const err = (field: string) => programmeFieldError(error, t, `indicators.${i}.${field}`);
          const figureInput = (field: 'baseline' | 'target' | 'achieved') => (
            <TextInput
              label={t(`action-programmes.indicator.${field}`)}
              inputMode="decimal"
              value={row[field]}
              onChange={(e) => update({ [field]: e.currentTarget.value })}
              error={err(field)}
            />
          );
          return (
            <Fieldset key={row.rowId} legend={t('action-programmes.indicator.n', { n })} variant="filled">
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
                <TextInput
                  label={t('common.localisedText.inLanguage', { field: t('action-programmes.indicator.name'), language: languageNames[editLang] })}
                  required
                  lang={editLang}
                  value={row.name[editLang]}
                  onChange={(e) => update({ name: withText(row.name, editLang, e.currentTarget.value) })}
                  error={textFieldError(error, t, `indicators.${i}.name`, editLang, row.name[editLang])}
                />
                <TextInput
                  label={t('action-programmes.indicator.unit')}
                  value={row.unit}
                  onChange={(e) => update({ unit: e.currentTarget.value })}
                  error={err('unit')}
                />
              </SimpleGrid>
              <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="xs" mt="xs">
                {figureInput('baseline')}
                {figureInput('target')}
                {figureInput('achieved')}
              </SimpleGrid>
              <TextInput
                mt="xs"
                label={t('action-programmes.indicator.sourceLabel')}
                value={row.source}
                onChange={(e) => update({ source: e.currentTarget.value })}
                error={err('source')}
              />
              <Button variant="subtle" color="red" c="red.9" size="xs" mt="xs" onClick={() => onChange(removeRow(rows, i))}>
                {t('action-programmes.indicator.remove', { n })}
              </Button>
            </Fieldset>
          );
        })}
        <Button variant="light" size="xs" style={{ alignSelf: 'flex-start' }} onClick={() => onChange([...rows, emptyIndicator()])}>
          {t('action-programmes.indicator.add')}
        </Button>
      </Stack>
    </Fieldset>
  );
}
