import { TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { UiLocale } from '../../../../shared/locales.ts';
import { fieldErrorFor } from '../../../lib/form-errors.ts';
import { emptyFacilitator, type FacilitatorRow } from './agreement-form-values.ts';
import { PartyRows } from './party-rows.tsx';

export function FacilitatorRows({
  rows,
  onChange,
  editLang,
  error,
}: {
  rows: FacilitatorRow[];
  onChange: (rows: FacilitatorRow[]) => void;
  editLang: UiLocale;
  error: unknown;
}) {
  const { t } = useTranslation();
  return (
    <PartyRows
      path="facilitators"
      rows={rows}
      editLang={editLang}
      onChange={onChange}
      newRow={emptyFacilitator}
      error={error}
      legend={t('partnerships.agreements.facilitators')}
      emptyText={t('partnerships.agreements.noFacilitators')}
      rowLegend={(n) => t('partnerships.agreements.facilitatorN', { n })}
      removeLabel={(n) => t('partnerships.agreements.removeFacilitator', { n })}
      addLabel={t('partnerships.agreements.addFacilitator')}
      extra={(row, update, i) => (
        <TextInput
          label={t('partnerships.agreements.organisation')}
          value={row.organisation}
          onChange={(e) => update({ organisation: e.currentTarget.value })}
          error={fieldErrorFor(error, t, `facilitators.${i}.organisation`)}
        />
      )}
    />
  );
}
