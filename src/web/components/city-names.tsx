import { Anchor, Text } from '@mantine/core';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CitySummary } from '../../features/cities/cities.schemas.ts';
import { countryName } from '../lib/intl-names.ts';
import { uiLanguage } from '../lib/ui-language.ts';

/** "Dortmund (Germany) – Cluj-Napoca (Romania)", optionally linking each city to its page. */
export function CityNames({ cities, links = false, fz }: { cities: CitySummary[]; links?: boolean; fz?: string }) {
  const { i18n } = useTranslation();
  const lang = uiLanguage(i18n);
  return (
    <Text fz={fz} component="span">
      {cities.map((city, i) => (
        <Fragment key={city.id}>
          {i > 0 && ' – '}
          {links ? (
            <Anchor component={Link} to={`/cities/${city.key}`} fz="inherit">
              {city.name}
            </Anchor>
          ) : (
            city.name
          )}{' '}
          <Text component="span" c="gray.7" fz="inherit">
            ({countryName(city.country, lang)})
          </Text>
        </Fragment>
      ))}
    </Text>
  );
}
