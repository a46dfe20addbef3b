import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { City } from '../../../features/cities/cities.schemas.ts';
import { LastChanged } from '../../components/last-changed.tsx';
import { RecordPage } from '../../components/record-page.tsx';
import { SectionHeading } from '../../components/section-heading.tsx';
import { countryName } from '../../lib/intl-names.ts';
import { uiLanguage } from '../../lib/ui-language.ts';
import { useCity } from './cities-api.ts';
import { CityAliases } from './city-aliases.tsx';
import { CityEditModal } from './city-edit-modal.tsx';
import { CityFacts } from './city-facts.tsx';
import { CityOffice } from './city-office.tsx';
import { CityPartnerships } from './city-partnerships.tsx';

export function CityPage() {
  const { t } = useTranslation();
  const { key = '' } = useParams();
  const query = useCity(key);
  return (
    <RecordPage query={query} title={t('cities.page.title')}>
      {(city, reload) => <CityView city={city} reload={reload} />}
    </RecordPage>
  );
}

function CityView({ city, reload }: { city: City; reload: () => Promise<City | undefined> }) {
  const { t, i18n } = useTranslation();
  const [editing, { open, close }] = useDisclosure(false);
  return (
    <Stack gap="xl">
      <Stack gap="xs">
        <Title order={1}>{city.name}</Title>
        <Text fz="lg" c="gray.7">
          {countryName(city.country, uiLanguage(i18n))}
        </Text>
        <Group justify="space-between" gap="sm">
          <LastChanged at={city.updatedAt} />
          <Group gap="xs">
            <Anchor component={Link} to={`/history/city/${city.id}`} fz="sm">
              {t('cities.page.history')}
            </Anchor>
            {city.can.edit && (
              <Button size="xs" onClick={open}>
                {t('cities.edit.action')}
              </Button>
            )}
          </Group>
        </Group>
      </Stack>
      <CityFacts city={city} />
      <section aria-labelledby="aliases-heading">
        <SectionHeading id="aliases-heading" title={t('cities.aliases.title')} />
        <CityAliases aliases={city.aliases} />
      </section>
      <section aria-labelledby="office-heading">
        <SectionHeading id="office-heading" title={t('cities.office.title')} />
        <CityOffice office={city.office} />
      </section>
      <section aria-labelledby="city-partnerships-heading">
        <SectionHeading id="city-partnerships-heading" title={t('cities.partnerships.title')} />
        <CityPartnerships partnerships={city.partnerships} />
      </section>
      {city.can.edit && <CityEditModal city={city} opened={editing} onClose={close} reload={reload} />}
    </Stack>
  );
}
