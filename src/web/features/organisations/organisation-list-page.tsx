import { Button, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../../components/page-header.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { useCities } from '../../lib/lookups-api.ts';
import { useSession } from '../../lib/session.tsx';
import { useListParams } from '../../lib/use-list-params.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { OrganisationFilters } from './organisation-filters.tsx';
import { OrganisationResults } from './organisation-results.tsx';
import { useOrganisationList } from './organisations-api.ts';

const PAGE_SIZE = 20;
const FILTERS = ['city', 'kind', 'q'] as const;

export function OrganisationListPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  usePageTitle(t('organisations.list.title'));
  const { values, page, setFilter, setPage, clear, hasFilters } = useListParams(FILTERS);
  const cities = useCities();
  // The URL names the city by its key; the API filters by id.
  const cityId = values.city ? cities.data?.find((c) => c.key === values.city)?.id : undefined;
  const waitingForCity = !!values.city && cities.isPending;
  const unknownCity = !!values.city && !cities.isPending && !cityId;
  const list = useOrganisationList(
    {
      cityId,
      kind: values.kind || undefined,
      q: values.q || undefined,
      limit: PAGE_SIZE,
      offset: (page - 1) * PAGE_SIZE,
    },
    !waitingForCity && !unknownCity,
  );
  const canCreate = can.createOrganisation || can.createOrganisationInAnyCity;
  const resultProps = { hasFilters, canCreate, page, pageSize: PAGE_SIZE, onClear: clear, onPage: setPage };

  return (
    <Stack gap="lg">
      <PageHeader
        title={t('organisations.list.title')}
        intro={t('organisations.list.intro')}
        action={
          canCreate && (
            <Button component={Link} to="/organisations/new">
              {t('organisations.list.add')}
            </Button>
          )
        }
      />
      <OrganisationFilters
        city={values.city}
        kind={values.kind}
        q={values.q}
        cities={cities.data ?? []}
        onChange={setFilter}
        onClear={hasFilters ? clear : undefined}
      />
      {unknownCity ? (
        <OrganisationResults data={null} {...resultProps} />
      ) : (
        <QueryState query={list}>{(data) => <OrganisationResults data={data} {...resultProps} />}</QueryState>
      )}
    </Stack>
  );
}
