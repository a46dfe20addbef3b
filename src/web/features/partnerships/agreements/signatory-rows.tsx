import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { UiLocale } from '../../../../shared/locales.ts';
import type { CitySummary } from '../../../../features/cities/cities.schemas.ts';
import { fieldErrorFor } from '../../../lib/form-errors.ts';
import { emptySignatory, type SignatoryRow } from './agreement-form-values.ts';
import { PartyRows } from './party-rows.tsx';

interface Props {
  rows: SignatoryRow[];
  onChange: (rows: SignatoryRow[]) => void;
  cities: CitySummary[];
  editLang: UiLocale;
  error: unknown;
}

export function SignatoryRows({ rows, onChange, cities, editLang, error }: Props) {
  const { t } = useTranslation();
  const cityOptions = [{ value: '', label: t('partnerships.agreements.noCity') }, ...cities.map((c) => ({ value: c.id, label: c.name }))];
  return (
    <PartyRows
      path="signatories"
      rows={rows}
      editLang={editLang}
      onChange={onChange}
      newRow={emptySignatory}
      error={error}
      legend={t('partnerships.agreements.signatories')}
      emptyText={t('partnerships.agreements.noSignatories')}
      rowLegend={(n) => t('partnerships.agreements.signatoryN', { n })}
      removeLabel={(n) => t('partnerships.agreements.removeSignatory', { n })}
      addLabel={t('partnerships.agreements.addSignatory')}
      extra={(row, update, i) => (
        <NativeSelect
          label={t('partnerships.agreements.city')}
          data={cityOptions}
          value={row.cityId}
          onChange={(e) => update({ cityId: e.currentTarget.value })}
          error={fieldErrorFor(error, t, `signatories.${i}.cityId`)}
        />
      )}
    />
  );
}
