import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { cityOptions } from '../../lib/city-options.ts';
import { useCities, useOrganisationOptions } from '../../lib/lookups-api.ts';
import { accountFieldError } from './field-error.ts';
import { needsCity, needsOrganisation } from './role-options.ts';

interface Props {
  role: string;
  cityId: string;
  organisationId: string;
  cityLocked: boolean;
  error: unknown;
  onChange: (patch: { cityId?: string; organisationId?: string }) => void;
}

/** City and organisation of an account or invitation, shown as far as the role needs them. */
export function ScopeSelects({ role, cityId, organisationId, cityLocked, error, onChange }: Props) {
  const { t } = useTranslation();
  const cities = useCities();
  const withOrganisation = needsOrganisation(role);
  const organisations = useOrganisationOptions(cityId, withOrganisation && !!cityId);
  return (
    <>
      {needsCity(role) && (
        <NativeSelect
          label={t('users.fields.city')}
          required={role === 'coordinator' || withOrganisation}
          disabled={cityLocked}
          data={[{ value: '', label: t('users.form.chooseCity') }, ...cityOptions(cities.data ?? [])]}
          value={cityId}
          onChange={(e) => onChange({ cityId: e.currentTarget.value, organisationId: '' })}
          error={accountFieldError(error, t, 'cityId', cityId)}
        />
      )}
      {withOrganisation && (
        <NativeSelect
          label={t('users.fields.organisation')}
          required
          disabled={!cityId}
          description={!cityId ? t('users.form.cityFirst') : undefined}
          data={[{ value: '', label: t('users.form.chooseOrganisation') }, ...(organisations.data ?? []).map((o) => ({ value: o.id, label: o.name }))]}
          value={organisationId}
          onChange={(e) => onChange({ organisationId: e.currentTarget.value })}
          error={accountFieldError(error, t, 'organisationId', organisationId)}
        />
      )}
    </>
  );
}
