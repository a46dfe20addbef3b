import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { OrganisationSummary } from '../../../features/organisations/organisations.schemas.ts';
import { PagedGrid } from '../../components/paged-grid.tsx';
import { EmptyState } from '../../components/query-state.tsx';
import { OrganisationCard } from './organisation-card.tsx';

interface Props {
  data: { items: OrganisationSummary[]; total: number } | null;
  hasFilters: boolean;
  canCreate: boolean;
  page: number;
  pageSize: number;
  onClear: () => void;
  onPage: (page: number) => void;
}

/** One page of organisations, or the empty state that fits the situation. `null`: nothing can match. */
export function OrganisationResults({ data, hasFilters, canCreate, page, pageSize, onClear, onPage }: Props) {
  const { t } = useTranslation();
  if (!data || data.items.length === 0) {
    return (
      <EmptyState title={hasFilters ? t('organisations.list.noMatches') : t('organisations.list.empty')}>
        {hasFilters ? (
          <Button variant="light" onClick={onClear}>
            {t('organisations.filters.clear')}
          </Button>
        ) : (
          canCreate && (
            <Button component={Link} to="/organisations/new" variant="light">
              {t('organisations.list.addFirst')}
            </Button>
          )
        )}
      </EmptyState>
    );
  }
  return (
    <PagedGrid
      count={t('organisations.list.count', { total: data.total })}
      cols={{ base: 1, sm: 2 }}
      page={page}
      pageSize={pageSize}
      total={data.total}
      onPage={onPage}
    >
      {data.items.map((o) => (
        <OrganisationCard key={o.id} organisation={o} />
      ))}
    </PagedGrid>
  );
}
