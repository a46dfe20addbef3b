import { Title } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { usePageTitle } from '../lib/use-page-title.ts';
import { QueryState } from './query-state.tsx';

interface Props<T> {
  query: UseQueryResult<T>;
  /** The page's title until the record is loaded, and its heading if it cannot be. */
  title: string;
  children: (record: T, reload: () => Promise<T | undefined>) => ReactNode;
}

/** A page that shows one record, named after it once loaded. */
export function RecordPage<T extends { name: string }>({ query, title, children }: Props<T>) {
  usePageTitle(query.data?.name ?? title);
  const reload = async () => (await query.refetch()).data;
  return (
    <>
      {/* The page keeps its one h1 when the record cannot be loaded. */}
      {query.isError && (
        <Title order={1} mb="md">
          {title}
        </Title>
      )}
      <QueryState query={query}>{(record) => children(record, reload)}</QueryState>
    </>
  );
}
