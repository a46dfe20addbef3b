import { Button, NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CitySummary } from '../../../features/cities/cities.schemas.ts';
import { organisationKinds } from '../../../features/organisations/organisations.schemas.ts';
import { cityOptions } from '../../lib/city-options.ts';

interface Props {
  city: string;
  kind: string;
  q: string;
  cities: CitySummary[];
  onChange: (name: 'city' | 'kind' | 'q', value: string | null) => void;
  onClear?: () => void;
}

export function OrganisationFilters({ city, kind, q, cities, onChange, onClear }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState(q);
  const commitText = useDebouncedCallback((value: string) => onChange('q', value.trim() || null), 350);
  // The URL may change from outside (back button, "clear filters"): follow it.
  useEffect(() => setText(q), [q]);

  return (
    <SimpleGrid cols={{ base: 1, sm: 2, md: onClear ? 4 : 3 }} spacing="sm" role="search" aria-label={t('organisations.filters.label')}>
      <TextInput
        label={t('organisations.filters.search')}
        placeholder={t('organisations.filters.searchPlaceholder')}
        type="search"
        value={text}
        onChange={(e) => {
          setText(e.currentTarget.value);
          commitText(e.currentTarget.value);
        }}
      />
      <NativeSelect
        label={t('organisations.filters.city')}
        data={[{ value: '', label: t('organisations.filters.allCities') }, ...cityOptions(cities, 'key')]}
        value={city}
        onChange={(e) => onChange('city', e.currentTarget.value || null)}
      />
      <NativeSelect
        label={t('organisations.filters.kind')}
        data={[
          { value: '', label: t('organisations.filters.allKinds') },
          ...organisationKinds.map((k) => ({ value: k, label: t(`organisations.kinds.${k}`) })),
        ]}
        value={kind}
        onChange={(e) => onChange('kind', e.currentTarget.value || null)}
      />
      {onClear && (
        <Button variant="subtle" onClick={onClear} style={{ alignSelf: 'end' }}>
          {t('organisations.filters.clear')}
        </Button>
      )}
    </SimpleGrid>
  );
}
