import { Button, Fieldset, Group, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { fieldErrorFor } from '../../lib/form-errors.ts';
import { removeRow, updateRow } from '../../lib/form-rows.ts';
import { readableHint } from '../../lib/readable-styles.ts';
import { emptyAlias, type AliasRow } from './city-form-values.ts';

export function AliasRows({ rows, onChange, error }: { rows: AliasRow[]; onChange: (rows: AliasRow[]) => void; error: unknown }) {
  const { t } = useTranslation();
  const update = (i: number, patch: Partial<AliasRow>) => onChange(updateRow(rows, i, patch));
  return (
    <Fieldset legend={t('cities.fields.aliases')}>
      <Stack gap="sm">
        <Text fz="sm" c="gray.7">
          {t('cities.form.aliasesHint')}
        </Text>
        {rows.map((row, i) => {
          const n = i + 1;
          return (
            <Group key={row.rowId} align="flex-end" gap="xs" wrap="wrap">
              <TextInput
                label={t('cities.form.aliasName', { n })}
                required
                value={row.name}
                onChange={(e) => update(i, { name: e.currentTarget.value })}
                error={fieldErrorFor(error, t, `aliases.${i}.name`)}
                style={{ flex: '2 1 200px' }}
              />
              <TextInput
                label={t('cities.form.aliasLang', { n })}
                {...readableHint}
                description={t('cities.form.aliasLangHint')}
                maxLength={2}
                value={row.lang}
                onChange={(e) => update(i, { lang: e.currentTarget.value })}
                error={fieldErrorFor(error, t, `aliases.${i}.lang`)}
                style={{ flex: '1 1 120px' }}
              />
              <Button variant="subtle" color="red" c="red.9" size="xs" mb={4} onClick={() => onChange(removeRow(rows, i))}>
                {t('cities.form.removeAlias', { n })}
              </Button>
            </Group>
          );
        })}
        <Button variant="light" size="xs" onClick={() => onChange([...rows, emptyAlias()])} style={{ alignSelf: 'flex-start' }}>
          {t('cities.form.addAlias')}
        </Button>
      </Stack>
    </Fieldset>
  );
}
