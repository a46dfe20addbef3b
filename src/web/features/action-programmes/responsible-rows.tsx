import { Button, Fieldset, NativeSelect, SegmentedControl, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CitySummary } from '../../../features/cities/cities.schemas.ts';
import { removeRow, updateRow } from '../../lib/form-rows.ts';
import { useOrganisationOptions } from '../../lib/lookups-api.ts';
import { emptyResponsible, type ResponsibleRow } from './measure-form-values.ts';
import { programmeFieldError } from './programme-errors.ts';

interface Props {
  rows: ResponsibleRow[];
  onChange: (rows: ResponsibleRow[]) => void;
  /** The partnership's cities: the only ones a measure can have responsibles in. */
  cities: CitySummary[];
  error: unknown;
}

/** Who carries out a measure in each city: an organisation of the registry, or an office named in text. */
export function ResponsibleRows({ rows, onChange, cities, error }: Props) {
  const { t } = useTranslation();
  return (
    <Fieldset legend={t('action-programmes.measure.responsibles')}>
      <Stack gap="sm">
        {rows.length === 0 && (
          <Text fz="sm" c="gray.7">
            {t('action-programmes.responsible.none')}
          </Text>
        )}
        {rows.map((row, i) => (
          <ResponsibleRowFields
            key={row.rowId}
            row={row}
            index={i}
            cities={cities}
            error={error}
            update={(patch) => onChange(updateRow(rows, i, patch))}
            remove={() => onChange(removeRow(rows, i))}
          />
        ))}
        {/* A new row starts in the city that has none yet, so that both sides are named quickly. */}
        <Button
          variant="light"
          size="xs"
          style={{ alignSelf: 'flex-start' }}
          onClick={() => onChange([...rows, emptyResponsible((cities.find((c) => !rows.some((r) => r.cityId === c.id)) ?? cities[0])?.id ?? '')])}
        >
          {t('action-programmes.responsible.add')}
        </Button>
      </Stack>
    </Fieldset>
  );
}

function ResponsibleRowFields({
  row,
  index,
  cities,
  error,
  update,
  remove,
}: {
  row: ResponsibleRow;
  index: number;
  cities: CitySummary[];
  error: unknown;
  update: (patch: Partial<ResponsibleRow>) => void;
  remove: () => void;
}) {
  const { t } = useTranslation();
  const n = index + 1;
  const organisations = useOrganisationOptions(row.cityId || null, !!row.cityId && row.kind === 'organisation');
  const err = (field: string) => programmeFieldError(error, t, `responsibles.${index}.${field}`);
  return (
    <Fieldset legend={t('action-programmes.responsible.n', { n })} variant="filled">
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs">
        <NativeSelect
          label={t('action-programmes.responsible.city')}
          required
          data={[{ value: '', label: t('action-programmes.responsible.chooseCity') }, ...cities.map((c) => ({ value: c.id, label: c.name }))]}
          value={row.cityId}
          onChange={(e) => update({ cityId: e.currentTarget.value, organisationId: '' })}
          error={err('cityId')}
        />
        <Stack gap={4}>
          <Text fz="sm" fw={500} id={`responsible-kind-${row.rowId}`}>
            {t('action-programmes.responsible.kind')}
          </Text>
          <SegmentedControl
            aria-labelledby={`responsible-kind-${row.rowId}`}
            data={[
              { value: 'organisation', label: t('action-programmes.responsible.organisation') },
              { value: 'office', label: t('action-programmes.responsible.office') },
            ]}
            value={row.kind}
            onChange={(kind) => update({ kind: kind as ResponsibleRow['kind'] })}
          />
        </Stack>
        {row.kind === 'organisation' ? (
          <Select
            label={t('action-programmes.responsible.organisation')}
            required
            searchable
            disabled={!row.cityId}
            data={(organisations.data ?? []).map((o) => ({ value: o.id, label: o.name }))}
            value={row.organisationId || null}
            onChange={(v) => update({ organisationId: v ?? '' })}
            nothingFoundMessage={t('action-programmes.responsible.noOrganisation')}
            error={err('organisationId') ?? err('office')}
          />
        ) : (
          <TextInput
            label={t('action-programmes.responsible.office')}
            description={t('action-programmes.responsible.officeHint')}
            required
            value={row.office}
            onChange={(e) => update({ office: e.currentTarget.value })}
            error={err('office')}
          />
        )}
      </SimpleGrid>
      <Button variant="subtle" color="red" c="red.9" size="xs" mt="xs" onClick={remove}>
        {t('action-programmes.responsible.remove', { n })}
      </Button>
    </Fieldset>
  );
}
