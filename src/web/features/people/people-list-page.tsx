import { Button, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../../components/page-header.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { useCities, useOrganisationOptions } from '../../lib/lookups-api.ts';
import { useSession } from '../../lib/session.tsx';
import { useListParams } from '../../lib/use-list-params.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { usePeopleList } from './people-api.ts';
import { PeopleFilters } from './people-filters.tsx';
import { PeopleResults } from './people-results.tsx';

const PAGE_SIZE = 24;
const FILTERS = ['city', 'organisation'] as const;

export function PeopleListPage() {
  const { t } = useTranslation();
  const { user, can } = useSession();
  usePageTitle(t('people.list.title'));
  const { values, page, setFilter, setFilters, setPage, clear, hasFilters } = useListParams(FILTERS);
  const cities = useCities();
  const cityId = values.city ? cities.data?.find((c) => c.key === values.city)?.id : undefined;
  // Keys in the URL are resolved to ids first; an unknown key matches nobody.
  const cityResolving = !!values.city && cities.isPending;
  const cityUnknown = !!values.city && !cities.isPending && !cityId;
  const organisationsEnabled = !cityResolving && !cityUnknown;
  const organisations = useOrganisationOptions(cityId, organisationsEnabled);
  const organisationId = values.organisation ? organisations.data?.find((o) => o.key === values.organisation)?.id : undefined;
  const organisationResolving = !!values.organisation && organisationsEnabled && organisations.isPending;
  const organisationUnknown = !!values.organisation && organisationsEnabled && !organisations.isPending && !organisationId;
  const resolving = cityResolving || organisationResolving;
  const unknown = cityUnknown || organisationUnknown;
  const list = usePeopleList({ cityId, organisationId, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }, !resolving && !unknown);
  const canCreate = can.createPerson || can.createPersonInOwnCity || can.createPersonInAnyCity;

  const setFilterKeepingConsistency = (name: 'city' | 'organisation', value: string | null) => {
    // A different city makes the chosen organisation meaningless.
    if (name === 'city') setFilters({ city: value, organisation: null });
    else setFilter(name, value);
  };

  const resultProps = { hasFilters, page, pageSize: PAGE_SIZE, onClear: clear, onPage: setPage };

  return (
    <Stack gap="lg">
      <PageHeader
        title={t('people.list.title')}
        intro={user ? t('people.list.introSignedIn') : t('people.list.introPublic')}
        action={
          canCreate && (
            <Button component={Link} to="/people/new">
              {t('people.list.add')}
            </Button>
          )
        }
      />
      <PeopleFilters
        city={values.city}
        organisation={values.organisation}
        cities={cities.data ?? []}
        organisations={organisations.data ?? []}
        onChange={setFilterKeepingConsistency}
        onClear={hasFilters ? clear : undefined}
      />
      {unknown ? (
        <PeopleResults data={null} {...resultProps} />
      ) : (
        <QueryState query={list}>{(data) => <PeopleResults data={data} {...resultProps} />}</QueryState>
      )}
    </Stack>
  );
}
