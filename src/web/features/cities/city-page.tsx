import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { City } from '../../../features/cities/cities.schemas.ts';
import { QueryState } from '../../components/query-state.tsx';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { LastChanged } from '../partnerships/last-changed.tsx';
import { SectionHeading } from '../partnerships/section-heading.tsx';
import { useCity } from './cities-api.ts';
import { CityAliases } from './city-aliases.tsx';
import { CityEditModal } from './city-edit-modal.tsx';
import { CityFacts } from './city-facts.tsx';
import { CityOffice } from './city-office.tsx';
import { CityPartnerships } from './city-partnerships.tsx';
import { countryName } from './intl-names.ts';

export function CityPage() {
  const { t } = useTranslation();
  const { key = '' } = useParams();
  const query = useCity(key);
  usePageTitle(query.data?.name ?? t('cities.page.title'));
  const reload = async () => (await query.refetch()).data;
  return (
    <>
      {/* The page keeps its one h1 when the city cannot be loaded. */}
      {query.isError && <Title order={1} mb="md">{t('cities.page.title')}</Title>}
      <QueryState query={query}>{(city) => <CityView city={city} reload={reload} />}</QueryState>
    </>
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
          {countryName(city.country, i18n.resolvedLanguage ?? 'en')}
        </Text>
        <Group justify="space-between" gap="sm">
          <LastChanged at={city.updatedAt} />
          <Group gap="xs">
            <Anchor component={Link} to={`/history/city/${city.id}`} fz="sm">
              {t('cities.page.history')}
            </Anchor>
            {city.canEdit && (
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
      {city.canEdit && <CityEditModal city={city} opened={editing} onClose={close} reload={reload} />}
    </Stack>
  );
}
