import { Button, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../features/people/people.schemas.ts';
import { PagedGrid } from '../../components/paged-grid.tsx';
import { EmptyState } from '../../components/query-state.tsx';
import { useSession } from '../../lib/session.tsx';
import { PersonCard } from './person-card.tsx';

interface Props {
  data: { items: Person[]; total: number } | null;
  hasFilters: boolean;
  page: number;
  pageSize: number;
  onClear: () => void;
  onPage: (page: number) => void;
}

/** One page of people, or the empty state that fits the situation. `null`: nothing can match. */
export function PeopleResults({ data, hasFilters, page, pageSize, onClear, onPage }: Props) {
  const { t } = useTranslation();
  const { user } = useSession();
  if (!data || data.items.length === 0) {
    if (hasFilters) {
      return (
        <EmptyState title={t('people.list.noMatches')}>
          <Button variant="light" onClick={onClear}>
            {t('people.filters.clear')}
          </Button>
        </EmptyState>
      );
    }
    // Consent decides who appears: say so, rather than suggesting the list is broken.
    return (
      <EmptyState title={t('people.list.empty')}>
        <Text c="gray.7" maw={520}>
          {user ? t('people.list.emptyHintSignedIn') : t('people.list.emptyHintPublic')}
        </Text>
      </EmptyState>
    );
  }
  return (
    <PagedGrid
      count={t('people.list.count', { total: data.total })}
      cols={{ base: 1, sm: 2, lg: 3 }}
      page={page}
      pageSize={pageSize}
      total={data.total}
      onPage={onPage}
    >
      {data.items.map((p) => (
        <PersonCard key={p.id} person={p} />
      ))}
    </PagedGrid>
  );
}
