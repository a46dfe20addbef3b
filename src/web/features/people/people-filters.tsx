import { Button, NativeSelect, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CitySummary } from '../../../features/cities/cities.schemas.ts';
import type { OrganisationSummary } from '../../../features/organisations/organisations.schemas.ts';
import { cityOptions } from '../../lib/city-options.ts';

interface Props {
  city: string;
  organisation: string;
  cities: CitySummary[];
  organisations: OrganisationSummary[];
  onChange: (name: 'city' | 'organisation', value: string | null) => void;
  onClear?: () => void;
}

/** City and organisation filters; both are named by key in the URL. */
export function PeopleFilters({ city, organisation, cities, organisations, onChange, onClear }: Props) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, sm: onClear ? 3 : 2 }} spacing="sm" role="search" aria-label={t('people.filters.label')}>
      <NativeSelect
        label={t('people.filters.city')}
        data={[{ value: '', label: t('people.filters.allCities') }, ...cityOptions(cities, 'key')]}
        value={city}
        onChange={(e) => onChange('city', e.currentTarget.value || null)}
      />
      <NativeSelect
        label={t('people.filters.organisation')}
        data={[{ value: '', label: t('people.filters.allOrganisations') }, ...organisations.map((o) => ({ value: o.key, label: o.name }))]}
        value={organisation}
        onChange={(e) => onChange('organisation', e.currentTarget.value || null)}
      />
      {onClear && (
        <Button variant="subtle" onClick={onClear} style={{ alignSelf: 'end' }}>
          {t('people.filters.clear')}
        </Button>
      )}
    </SimpleGrid>
  );
}
