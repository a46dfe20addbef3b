import { Button, Fieldset, NativeSelect, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CitySummary } from '../../../features/cities/cities.schemas.ts';
import { fieldErrorFor } from '../../lib/form-errors.ts';
import { emptySignatory, type SignatoryRow } from './agreement-form-values.ts';

interface Props {
  rows: SignatoryRow[];
  onChange: (rows: SignatoryRow[]) => void;
  cities: CitySummary[];
  error: unknown;
}

export function SignatoryRows({ rows, onChange, cities, error }: Props) {
  const { t } = useTranslation();
  const update = (i: number, patch: Partial<SignatoryRow>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const cityOptions = [{ value: '', label: t('partnerships.agreements.noCity') }, ...cities.map((c) => ({ value: c.id, label: c.name }))];
  return (
    <Fieldset legend={t('partnerships.agreements.signatories')}>
      <Stack gap="sm">
        {rows.length === 0 && (
          <Text fz="sm" c="gray.7">
            {t('partnerships.agreements.noSignatories')}
          </Text>
        )}
        {rows.map((row, i) => {
          const n = i + 1;
          return (
            <Fieldset key={row.rowId} legend={t('partnerships.agreements.signatoryN', { n })} variant="filled">
              <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs">
                <TextInput
                  label={t('partnerships.agreements.personName')}
                  required
                  value={row.personName}
                  onChange={(e) => update(i, { personName: e.currentTarget.value })}
                  error={fieldErrorFor(error, t, `signatories.${i}.personName`)}
                />
                <TextInput
                  label={t('partnerships.agreements.office')}
                  value={row.office}
                  onChange={(e) => update(i, { office: e.currentTarget.value })}
                  error={fieldErrorFor(error, t, `signatories.${i}.office`)}
                />
                <NativeSelect
                  label={t('partnerships.agreements.city')}
                  data={cityOptions}
                  value={row.cityId}
                  onChange={(e) => update(i, { cityId: e.currentTarget.value })}
                  error={fieldErrorFor(error, t, `signatories.${i}.cityId`)}
                />
              </SimpleGrid>
              <Button variant="subtle" color="red" c="red.9" size="xs" mt="xs" onClick={() => onChange(rows.filter((_, j) => j !== i))}>
                {t('partnerships.agreements.removeSignatory', { n })}
              </Button>
            </Fieldset>
          );
        })}
        <Button variant="light" size="xs" onClick={() => onChange([...rows, emptySignatory()])} style={{ alignSelf: 'flex-start' }}>
          {t('partnerships.agreements.addSignatory')}
        </Button>
      </Stack>
    </Fieldset>
  );
}
