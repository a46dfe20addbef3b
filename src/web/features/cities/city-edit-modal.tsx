import { Fieldset, NumberInput, Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { City } from '../../../features/cities/cities.schemas.ts';
import { FormModal } from '../../components/form-modal.tsx';
import { VersionedEditForm } from '../../components/versioned-edit-form.tsx';
import { fieldErrorFor } from '../../lib/form-errors.ts';
import { countryName } from '../../lib/intl-names.ts';
import { notifySuccess } from '../../lib/notify.ts';
import { readableHint } from '../../lib/readable-styles.ts';
import { uiLanguage } from '../../lib/ui-language.ts';
import { useVersionedEdit } from '../../lib/use-versioned-edit.ts';
import { AliasRows } from './alias-rows.tsx';
import { useUpdateCity } from './cities-api.ts';
import { cityFormToRequest, cityToForm, type CityFormValues } from './city-form-values.ts';

interface Props {
  city: City;
  opened: boolean;
  onClose: () => void;
  reload: () => Promise<City | undefined>;
}

export function CityEditModal({ city, opened, onClose, reload }: Props) {
  const { t } = useTranslation();
  return (
    <FormModal opened={opened} onClose={onClose} size="xl" title={t('cities.edit.title', { name: city.name })}>
      <CityEditForm city={city} onDone={onClose} reload={reload} />
    </FormModal>
  );
}

function CityEditForm({ city, onDone, reload }: { city: City; onDone: () => void; reload: Props['reload'] }) {
  const { t, i18n } = useTranslation();
  const edit = useVersionedEdit({
    record: city,
    toValues: cityToForm,
    toRequest: cityFormToRequest,
    save: useUpdateCity(city.id),
    onSaved: () => {
      notifySuccess(t, t('cities.edit.saved'));
      onDone();
    },
    reload,
  });
  const { values, set } = edit;
  const setOffice = (patch: Partial<CityFormValues['office']>) => set({ office: { ...values.office, ...patch } });
  const err = (path: string) => fieldErrorFor(edit.error, t, path);
  const timeZones = useMemo(() => Intl.supportedValuesOf('timeZone'), []);
  const country = /^[A-Za-z]{2}$/.test(values.country) ? countryName(values.country.toUpperCase(), uiLanguage(i18n)) : undefined;

  return (
    <VersionedEditForm edit={edit} onCancel={onDone}>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label={t('cities.fields.name')} required value={values.name} onChange={(e) => set({ name: e.currentTarget.value })} error={err('name')} />
        <TextInput
          label={t('cities.fields.countryCode')}
          {...readableHint}
          description={country ?? t('cities.form.countryHint')}
          required
          maxLength={2}
          value={values.country}
          onChange={(e) => set({ country: e.currentTarget.value.toUpperCase() })}
          error={err('country')}
        />
        <NumberInput
          label={t('cities.fields.latitude')}
          decimalScale={6}
          min={-90}
          max={90}
          value={values.latitude}
          onChange={(v) => set({ latitude: v })}
          error={err('latitude')}
        />
        <NumberInput
          label={t('cities.fields.longitude')}
          decimalScale={6}
          min={-180}
          max={180}
          value={values.longitude}
          onChange={(v) => set({ longitude: v })}
          error={err('longitude')}
        />
        <NumberInput
          label={t('cities.fields.population')}
          allowDecimal={false}
          allowNegative={false}
          thousandSeparator=" "
          value={values.population}
          onChange={(v) => set({ population: v })}
          error={err('population')}
        />
        <Select
          label={t('cities.fields.timeZone')}
          searchable
          clearable
          data={timeZones}
          value={values.timeZone || null}
          onChange={(v) => set({ timeZone: v ?? '' })}
          error={err('timeZone')}
          nothingFoundMessage={t('cities.form.noTimeZone')}
        />
      </SimpleGrid>
      <Fieldset legend={t('cities.office.title')}>
        <Stack gap="sm">
          <TextInput
            label={t('cities.office.name')}
            value={values.office.name}
            onChange={(e) => setOffice({ name: e.currentTarget.value })}
            error={err('office.name')}
          />
          <Textarea
            label={t('cities.office.address')}
            autosize
            minRows={2}
            value={values.office.address}
            onChange={(e) => setOffice({ address: e.currentTarget.value })}
            error={err('office.address')}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              type="email"
              label={t('cities.office.email')}
              value={values.office.email}
              onChange={(e) => setOffice({ email: e.currentTarget.value })}
              error={err('office.email')}
            />
            <TextInput
              type="tel"
              label={t('cities.office.phone')}
              value={values.office.phone}
              onChange={(e) => setOffice({ phone: e.currentTarget.value })}
              error={err('office.phone')}
            />
          </SimpleGrid>
        </Stack>
      </Fieldset>
      <AliasRows rows={values.aliases} onChange={(aliases) => set({ aliases })} error={edit.error} />
    </VersionedEditForm>
  );
}
