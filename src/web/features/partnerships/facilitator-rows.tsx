import { Button, Fieldset, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { fieldErrorFor } from '../../lib/form-errors.ts';
import { emptyFacilitator, type FacilitatorRow } from './agreement-form-values.ts';

export function FacilitatorRows({ rows, onChange, error }: { rows: FacilitatorRow[]; onChange: (rows: FacilitatorRow[]) => void; error: unknown }) {
  const { t } = useTranslation();
  const update = (i: number, patch: Partial<FacilitatorRow>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <Fieldset legend={t('partnerships.agreements.facilitators')}>
      <Stack gap="sm">
        {rows.length === 0 && (
          <Text fz="sm" c="gray.7">
            {t('partnerships.agreements.noFacilitators')}
          </Text>
        )}
        {rows.map((row, i) => {
          const n = i + 1;
          return (
            <Fieldset key={row.rowId} legend={t('partnerships.agreements.facilitatorN', { n })} variant="filled">
              <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs">
                <TextInput
                  label={t('partnerships.agreements.personName')}
                  required
                  value={row.personName}
                  onChange={(e) => update(i, { personName: e.currentTarget.value })}
                  error={fieldErrorFor(error, t, `facilitators.${i}.personName`)}
                />
                <TextInput
                  label={t('partnerships.agreements.office')}
                  value={row.office}
                  onChange={(e) => update(i, { office: e.currentTarget.value })}
                  error={fieldErrorFor(error, t, `facilitators.${i}.office`)}
                />
                <TextInput
                  label={t('partnerships.agreements.organisation')}
                  value={row.organisation}
                  onChange={(e) => update(i, { organisation: e.currentTarget.value })}
                  error={fieldErrorFor(error, t, `facilitators.${i}.organisation`)}
                />
              </SimpleGrid>
              <Button variant="subtle" color="red" c="red.9" size="xs" mt="xs" onClick={() => onChange(rows.filter((_, j) => j !== i))}>
                {t('partnerships.agreements.removeFacilitator', { n })}
              </Button>
            </Fieldset>
          );
        })}
        <Button variant="light" size="xs" onClick={() => onChange([...rows, emptyFacilitator()])} style={{ alignSelf: 'flex-start' }}>
          {t('partnerships.agreements.addFacilitator')}
        </Button>
      </Stack>
    </Fieldset>
  );
}
