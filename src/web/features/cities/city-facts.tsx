import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { City } from '../../../features/cities/cities.schemas.ts';
import { DetailsList } from '../../components/details-list.tsx';
import { countryName } from '../../lib/intl-names.ts';
import { uiLanguage } from '../../lib/ui-language.ts';

export function CityFacts({ city }: { city: City }) {
  const { t, i18n } = useTranslation();
  const lang = uiLanguage(i18n);
  const number = (n: number, digits = 0) => new Intl.NumberFormat(lang, { maximumFractionDigits: digits }).format(n);
  const hasPosition = city.latitude !== null && city.longitude !== null;
  return (
    <DetailsList
      cols={{ base: 1, xs: 2, sm: 4 }}
      items={[
        { label: t('cities.fields.country'), value: `${countryName(city.country, lang)} (${city.country})` },
        { label: t('cities.fields.population'), value: city.population !== null ? number(city.population) : null },
        { label: t('cities.fields.timeZone'), value: city.timeZone },
        {
          label: t('cities.fields.coordinates'),
          value: hasPosition ? (
            <>
              {number(city.latitude!, 4)}, {number(city.longitude!, 4)}{' '}
              <Anchor
                href={`https://www.openstreetmap.org/?mlat=${city.latitude}&mlon=${city.longitude}#map=12/${city.latitude}/${city.longitude}`}
                target="_blank"
                rel="noopener noreferrer"
                fz="sm"
              >
                {t('cities.map')}
              </Anchor>
            </>
          ) : null,
        },
      ]}
    />
  );
}
